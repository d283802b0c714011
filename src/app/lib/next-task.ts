/**
 * Resolves in a new task, so the browser can handle input and paint between
 * two pieces of start-up work. Lighthouse counts every task over 50 ms on its
 * simulated phone (4× slower than this CPU) as blocking; work split at these
 * points stays under it. A message, not `setTimeout(0)`: timers are clamped
 * to 1 ms and more when nested, and the build's prerender (Node, which has
 * MessageChannel too) passes through these points tens of thousands of times.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

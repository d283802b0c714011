// @vitest-environment jsdom
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { useKeyboardShortcuts } from "./useKeyboardShortcuts.ts";

/** An article page that answers `k` with its own name, as each article's `k` goes to its own previous article. */
function Page({ name, answered }: { name: string; answered: string[] }) {
  useKeyboardShortcuts({ k: () => answered.push(name) });
  return <h1>{name}</h1>;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe("keyboard shortcuts", () => {
  it("a key pressed the moment a new page shows is the new page's", async () => {
    // Real scheduling, as in the browser: React commits a transition in one task and runs passive effects in a later one.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement("div"));
    const root = createRoot(container);
    cleanups.push(() => {
      root.unmount();
      container.remove();
    });
    const answered: string[] = [];
    root.render(<Page key="first" name="first" answered={answered} />);
    while (container.textContent !== "first") await nextTask();
    await nextTask();

    // The reader presses `k` as soon as the second page shows: in the microtask after the commit that shows it.
    const pressed = new Promise<void>((resolve) => {
      new MutationObserver((_records, observer) => {
        if (container.textContent !== "second") return;
        observer.disconnect();
        document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "k", bubbles: true, cancelable: true }));
        resolve();
      }).observe(container, { subtree: true, childList: true, characterData: true });
    });
    startTransition(() => root.render(<Page key="second" name="second" answered={answered} />));
    await pressed;
    expect(answered).toEqual(["second"]);
  });

  it("is not taken while the reader types or holds a modifier", async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement("div"));
    const input = document.body.appendChild(document.createElement("input"));
    const root = createRoot(container);
    cleanups.push(() => {
      root.unmount();
      container.remove();
      input.remove();
    });
    const answered: string[] = [];
    root.render(<Page name="page" answered={answered} />);
    while (container.textContent !== "page") await nextTask();
    await nextTask();
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "k", bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "k", ctrlKey: true, bubbles: true, cancelable: true }));
    expect(answered).toEqual([]);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "k", bubbles: true, cancelable: true }));
    expect(answered).toEqual(["page"]);
  });
});

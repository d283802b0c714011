import { afterEach, describe, expect, it } from "vitest";
import { IMPORTS_CHANNEL_NAME, openImportsChannel, type ImportsChange } from "./imports-channel.ts";

// Node has BroadcastChannel: two instances of one name stand for two tabs.
const opened: BroadcastChannel[] = [];
const tab = () => {
  const port = new BroadcastChannel(IMPORTS_CHANNEL_NAME);
  opened.push(port);
  return openImportsChannel(port);
};
afterEach(() => opened.splice(0).forEach((c) => c.close()));

const nextChange = (channel: ReturnType<typeof tab>) =>
  new Promise<ImportsChange>((resolve) => {
    const off = channel.subscribe((change) => {
      off();
      resolve(change);
    });
  });

describe("openImportsChannel", () => {
  it("tells another tab what was added and removed", async () => {
    const [a, b] = [tab(), tab()];
    const heard = nextChange(b);
    a.announce({ type: "added", ids: ["rca-1", "rca-2"] });
    expect(await heard).toEqual({ type: "added", ids: ["rca-1", "rca-2"] });
    const removed = nextChange(b);
    a.announce({ type: "removed", id: "rca-1" });
    expect(await removed).toEqual({ type: "removed", id: "rca-1" });
  });

  it("ignores messages that are not changes, and stops listening when unsubscribed", async () => {
    const port = new BroadcastChannel(IMPORTS_CHANNEL_NAME);
    opened.push(port);
    const b = tab();
    const heard: ImportsChange[] = [];
    const off = b.subscribe((c) => heard.push(c));
    port.postMessage({ type: "added", ids: [1] });
    port.postMessage("reload");
    port.postMessage({ type: "removed", id: "rca-9" });
    await new Promise((r) => setTimeout(r, 50));
    off();
    port.postMessage({ type: "removed", id: "rca-10" });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual([{ type: "removed", id: "rca-9" }]);
  });

  it("does nothing, and throws nothing, without BroadcastChannel", () => {
    const none = openImportsChannel(null);
    expect(() => none.announce({ type: "removed", id: "x" })).not.toThrow();
    expect(none.subscribe(() => undefined)).toBeTypeOf("function");
  });
});

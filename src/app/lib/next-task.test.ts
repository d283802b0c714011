import { describe, expect, it } from "vitest";
import { nextTask } from "./next-task.ts";

describe("nextTask", () => {
  it("resolves after the microtasks queued before it, in a later task", async () => {
    const order: string[] = [];
    const task = nextTask().then(() => order.push("next task"));
    void Promise.resolve().then(() => order.push("microtask"));
    setTimeout(() => order.push("timer"), 0);
    await task;
    expect(order[0]).toBe("microtask");
    expect(order).toContain("next task");
  });
});

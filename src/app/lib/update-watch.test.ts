// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { HAND_OVER_MESSAGE, PAGE_BUILD_ATTRIBUTE, SKIP_WAITING_MESSAGE, WHICH_BUILD_MESSAGE } from "../../site-generator/offline/sw-scripts.ts";
import { applyUpdate, checkWaiting, watchForUpdate, type MessageTargetLike, type RegistrationLike, type WorkerLike } from "./update-watch.ts";

function fakeWorker(state = "installing") {
  const onState: Array<() => void> = [];
  const messages: unknown[] = [];
  const worker = {
    state,
    postMessage: (m: unknown) => messages.push(m),
    addEventListener: (_: "statechange", f: () => void) => onState.push(f),
    become(next: string) {
      worker.state = next;
      onState.forEach((f) => f());
    },
    messages,
  };
  return worker;
}

function fakeRegistration(waiting: WorkerLike | null = null) {
  const onUpdate = new Set<() => void>();
  const registration = {
    waiting,
    installing: null as WorkerLike | null,
    addEventListener: (_: "updatefound", f: () => void) => void onUpdate.add(f),
    removeEventListener: (_: "updatefound", f: () => void) => void onUpdate.delete(f),
    /** A new build's sw.js was found and starts installing. */
    found(worker: WorkerLike) {
      registration.installing = worker;
      onUpdate.forEach((f) => f());
    },
  };
  return registration;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
/** The page runs an older build than any worker that waits. */
const olderPage = async () => "newer" as const;
/** The worker controlling the page (the older build's). */
const controller: MessageTargetLike = { postMessage: () => undefined };

describe("watchForUpdate", () => {
  it("reports a newer build once its worker has installed, not while it installs", async () => {
    const registration = fakeRegistration();
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w), olderPage);
    await flush();
    const next = fakeWorker();
    registration.found(next);
    expect(heard).toEqual([]);
    next.become("installed");
    await flush();
    expect(heard).toEqual([next]);
  });

  it("reports a worker that already waits when the page starts", async () => {
    const waiting = fakeWorker("installed");
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller, ready: Promise.resolve(fakeRegistration(waiting) as RegistrationLike) }, (w) => heard.push(w), olderPage);
    await flush();
    expect(heard).toEqual([waiting]);
  });

  it("follows a worker that was already installing when the page started", async () => {
    const registration = fakeRegistration();
    const next = fakeWorker();
    registration.installing = next;
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w), olderPage);
    await flush();
    next.become("installed");
    await flush();
    expect(heard).toEqual([next]);
  });

  it("says nothing on a first install (no older build runs) or after unsubscribing", async () => {
    const registration = fakeRegistration();
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller: null, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w), olderPage);
    const other = fakeRegistration();
    const stop = watchForUpdate({ controller, ready: Promise.resolve(other as RegistrationLike) }, (w) => heard.push(w), olderPage);
    await flush();
    stop();
    for (const r of [registration, other]) {
      const w = fakeWorker();
      r.found(w);
      w.become("installed");
    }
    await flush();
    expect(heard).toEqual([]);
    expect(watchForUpdate(undefined, () => undefined)).toBeTypeOf("function");
  });
});

describe("watchForUpdate, on a page that already runs the waiting build", () => {
  it("offers nothing: the page was loaded from the network while the new worker waited", async () => {
    const waiting = fakeWorker("installed");
    const registration = fakeRegistration(waiting);
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w), async (w) => (w === waiting ? "own" : "newer"));
    await flush();
    expect(heard).toEqual([]);
    // A still newer build installing after it is offered.
    const newer = fakeWorker();
    registration.found(newer);
    newer.become("installed");
    await flush();
    expect(heard).toEqual([newer]);
  });
});

describe("checkWaiting", () => {
  afterEach(() => document.documentElement.removeAttribute(PAGE_BUILD_ATTRIBUTE));

  /** A worker that answers on the port it is given, as sw-data-<version>.js does; null: it never answers. */
  function answering(answer: (message: unknown) => unknown) {
    const heard: unknown[] = [];
    const worker: WorkerLike = {
      state: "installed",
      addEventListener: () => undefined,
      postMessage(message: unknown, transfer?: Transferable[]) {
        heard.push(message);
        const reply = answer(message);
        const port = transfer?.[0] as MessagePort | undefined;
        if (reply !== null) port?.postMessage(reply);
      },
    };
    return { worker, heard };
  }
  const ofBuild = (version: string) => answering((m) => ((m as { type: string }).type === WHICH_BUILD_MESSAGE ? { version } : null));
  const oldWorker = (handOver: boolean) => answering(() => ({ handOver }));

  it("calls a newer build's worker newer, without asking the old worker anything", async () => {
    document.documentElement.setAttribute(PAGE_BUILD_ATTRIBUTE, "build-2");
    const waiting = ofBuild("build-3");
    const old = oldWorker(true);
    expect(await checkWaiting(waiting.worker, old.worker)).toBe("newer");
    expect(waiting.heard).toEqual([{ type: WHICH_BUILD_MESSAGE }]);
    expect(old.heard).toEqual([]);
  });

  it("lets the page's own build take over once the old worker says no tab runs the old build", async () => {
    document.documentElement.setAttribute(PAGE_BUILD_ATTRIBUTE, "build-2");
    const waiting = ofBuild("build-2");
    const old = oldWorker(true);
    expect(await checkWaiting(waiting.worker, old.worker)).toBe("own");
    expect(old.heard).toEqual([{ type: HAND_OVER_MESSAGE, version: "build-2" }]);
    expect(waiting.heard).toEqual([{ type: WHICH_BUILD_MESSAGE }, { type: SKIP_WAITING_MESSAGE }]);
  });

  it("keeps the page's own build waiting while another tab runs the old one", async () => {
    document.documentElement.setAttribute(PAGE_BUILD_ATTRIBUTE, "build-2");
    const waiting = ofBuild("build-2");
    expect(await checkWaiting(waiting.worker, oldWorker(false).worker)).toBe("own");
    expect(waiting.heard).toEqual([{ type: WHICH_BUILD_MESSAGE }]);
  });

  it("calls it newer on a page sw-register.js did not mark, and when the worker never answers", async () => {
    expect(await checkWaiting(ofBuild("build-2").worker, oldWorker(true).worker)).toBe("newer");
    document.documentElement.setAttribute(PAGE_BUILD_ATTRIBUTE, "build-2");
    vi.useFakeTimers();
    try {
      const silent = checkWaiting(answering(() => null).worker, oldWorker(true).worker);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await silent).toBe("newer");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("applyUpdate", () => {
  it("asks the waiting worker to take over, and reloads anyway if it does not", () => {
    vi.useFakeTimers();
    const worker = fakeWorker("installed");
    const reload = vi.fn();
    applyUpdate(worker, reload, 1000);
    expect(worker.messages).toEqual([{ type: SKIP_WAITING_MESSAGE }]);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});

import { describe, expect, it, vi } from "vitest";
import { SKIP_WAITING_MESSAGE } from "../../site-generator/offline/sw-scripts.ts";
import { applyUpdate, watchForUpdate, type RegistrationLike, type WorkerLike } from "./update-watch.ts";

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

describe("watchForUpdate", () => {
  it("reports a newer build once its worker has installed, not while it installs", async () => {
    const registration = fakeRegistration();
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller: {}, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w));
    await flush();
    const next = fakeWorker();
    registration.found(next);
    expect(heard).toEqual([]);
    next.become("installed");
    expect(heard).toEqual([next]);
  });

  it("reports a worker that already waits when the page starts", async () => {
    const waiting = fakeWorker("installed");
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller: {}, ready: Promise.resolve(fakeRegistration(waiting) as RegistrationLike) }, (w) => heard.push(w));
    await flush();
    expect(heard).toEqual([waiting]);
  });

  it("follows a worker that was already installing when the page started", async () => {
    const registration = fakeRegistration();
    const next = fakeWorker();
    registration.installing = next;
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller: {}, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w));
    await flush();
    next.become("installed");
    expect(heard).toEqual([next]);
  });

  it("says nothing on a first install (no older build runs) or after unsubscribing", async () => {
    const registration = fakeRegistration();
    const heard: WorkerLike[] = [];
    watchForUpdate({ controller: null, ready: Promise.resolve(registration as RegistrationLike) }, (w) => heard.push(w));
    const other = fakeRegistration();
    const stop = watchForUpdate({ controller: {}, ready: Promise.resolve(other as RegistrationLike) }, (w) => heard.push(w));
    await flush();
    stop();
    for (const r of [registration, other]) {
      const w = fakeWorker();
      r.found(w);
      w.become("installed");
    }
    expect(heard).toEqual([]);
    expect(watchForUpdate(undefined, () => undefined)).toBeTypeOf("function");
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

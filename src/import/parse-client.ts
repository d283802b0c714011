/**
 * The page's side of the parse worker: one request at a time, answered in
 * order. A parse that runs past PARSE_TIMEOUT_MS is abandoned: the worker is
 * terminated (the only way to stop a runaway regular expression) and a fresh
 * one serves the next file, so one bad file cannot stall the batch.
 */
import { refuse } from "./check-file.ts";
import type { ParseOutcome, ParseText } from "./import-files.ts";
import type { ParseRequest, ParseResponse } from "./parse-protocol.ts";

/** A real bulletin parses in well under a second; 30 s means the parser is stuck. */
export const PARSE_TIMEOUT_MS = 30_000;

export function createWorkerParser(makeWorker: () => Worker = defaultWorker, timeoutMs = PARSE_TIMEOUT_MS): ParseText {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const run = (text: string, fileName: string) =>
    new Promise<ParseOutcome>((resolve) => {
      const w = (worker ??= makeWorker());
      const requestId = nextId++;
      const finish = (outcome: ParseOutcome) => {
        clearTimeout(timer);
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onError);
        resolve(outcome);
      };
      const restart = () => {
        w.terminate();
        if (worker === w) worker = null;
      };
      const onMessage = (event: MessageEvent<ParseResponse>) => {
        if (event.data.requestId === requestId) finish(event.data.outcome);
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        restart();
        finish(refuse("parse-failed", `The parser failed on this file: ${event.message || "the parsing worker stopped"}.`));
      };
      const timer = setTimeout(() => {
        restart();
        finish(refuse("parse-failed", `Parsing took longer than ${Math.round(timeoutMs / 1000)} seconds and was stopped.`));
      }, timeoutMs);
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onError);
      const request: ParseRequest = { requestId, text, fileName };
      w.postMessage(request);
    });

  return (text, fileName) => {
    const result = queue.then(() => run(text, fileName));
    queue = result.catch(() => undefined);
    return result;
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module", name: "bulletin-parser" });
}

/** Where there is no Worker (tests in jsdom, very old browsers): parse on the page, loading the parser on demand. */
export function createInlineParser(): ParseText {
  return async (text, fileName) => {
    const [{ parseBulletinOrThrow }, { parseOutcome }] = await Promise.all([import("../parser/index.ts"), import("./parse-outcome.ts")]);
    return parseOutcome(parseBulletinOrThrow, text, fileName);
  };
}

export function createParser(): ParseText {
  return typeof Worker === "function" ? createWorkerParser() : createInlineParser();
}

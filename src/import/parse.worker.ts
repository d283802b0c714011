/// <reference lib="webworker" />
/**
 * Parses imported files off the main thread, so a large or hostile file can
 * never freeze the page, and a parser that hangs can be stopped (the client
 * terminates this worker after a time limit).
 */
import { parseBulletinOrThrow } from "../parser/index.ts";
import { parseOutcome } from "./parse-outcome.ts";
import type { ParseRequest, ParseResponse } from "./parse-protocol.ts";

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { requestId, text, fileName } = event.data;
  const response: ParseResponse = { requestId, outcome: parseOutcome(parseBulletinOrThrow, text, fileName) };
  self.postMessage(response);
};

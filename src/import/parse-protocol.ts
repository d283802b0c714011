/** Messages between the page and the parse worker. */
import type { ParseOutcome } from "./import-files.ts";

export interface ParseRequest {
  readonly requestId: number;
  readonly text: string;
  readonly fileName: string;
}

export interface ParseResponse {
  readonly requestId: number;
  readonly outcome: ParseOutcome;
}

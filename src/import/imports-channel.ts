/**
 * Tells the app's other tabs that imports were added or removed, so each shows
 * what storage holds without a reload (BroadcastChannel: same origin, same
 * browser profile; a tab never hears its own messages). Where there is no
 * BroadcastChannel, tabs catch up at their next load, as before.
 */
export const IMPORTS_CHANNEL_NAME = "bulletin-reader:imports";

export type ImportsChange = { readonly type: "added"; readonly ids: readonly string[] } | { readonly type: "removed"; readonly id: string };

/** The part of BroadcastChannel used here; a fake in tests. */
export interface ChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

export interface ImportsChannel {
  announce(change: ImportsChange): void;
  /** Returns the unsubscribe. */
  subscribe(listener: (change: ImportsChange) => void): () => void;
}

export function openImportsChannel(port: ChannelPort | null = defaultPort()): ImportsChannel {
  return {
    announce(change) {
      try {
        port?.postMessage(change);
      } catch {
        // A closed channel (the page is unloading): the other tabs catch up at their next load.
      }
    },
    subscribe(listener) {
      if (!port) return () => undefined;
      const onMessage = (event: { data: unknown }) => {
        const change = asChange(event.data);
        if (change) listener(change);
      };
      port.addEventListener("message", onMessage);
      return () => port.removeEventListener("message", onMessage);
    },
  };
}

function defaultPort(): ChannelPort | null {
  return typeof BroadcastChannel === "function" ? new BroadcastChannel(IMPORTS_CHANNEL_NAME) : null;
}

/** Only well-formed changes are acted on: another version of the app may share the channel. */
function asChange(data: unknown): ImportsChange | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as { type?: unknown; ids?: unknown; id?: unknown };
  if (d.type === "added" && Array.isArray(d.ids) && d.ids.every((id) => typeof id === "string")) return { type: "added", ids: d.ids as string[] };
  if (d.type === "removed" && typeof d.id === "string") return { type: "removed", id: d.id };
  return null;
}

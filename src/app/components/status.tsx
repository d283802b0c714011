/**
 * A polite live region for short confirmations ("Link copied"), shown as a
 * toast and read by screen readers.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const TOAST_MS = 2500;
const StatusContext = createContext<(message: string) => void>(() => {});

export function useAnnounce(): (message: string) => void {
  return useContext(StatusContext);
}

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    setMessage(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(""), TOAST_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <StatusContext.Provider value={announce}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className={`no-print fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-md bg-stone-900 px-4 py-2 text-sm text-white shadow-lg transition-opacity dark:bg-stone-100 dark:text-stone-900 ${message ? "opacity-100" : "pointer-events-none opacity-0"}`}
      >
        {message}
      </div>
    </StatusContext.Provider>
  );
}

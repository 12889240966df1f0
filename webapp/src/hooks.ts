import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type DependencyList } from "react";
import { isAbort, toApiError, type ApiError } from "./api";

export type Resource<T> =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "ready"; data: T; error?: undefined }
  | { status: "error"; data?: undefined; error: ApiError };

/**
 * Loads data when `deps` change; `reload()` loads it again (keeping the old
 * data on screen while it does when `quiet` is set), `set` edits it in place.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<Resource<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const quietReload = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const quiet = quietReload.current;
    quietReload.current = false;
    if (!quiet) setState({ status: "loading" });
    loader.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState((prev) => (prev.status === "ready" && quiet ? prev : { status: "error", error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  const reload = useCallback((opts: { quiet?: boolean } = {}) => {
    quietReload.current = Boolean(opts.quiet);
    setAttempt((n) => n + 1);
  }, []);

  const set = useCallback((update: (data: T) => T) => {
    setState((prev) => (prev.status === "ready" ? { status: "ready", data: update(prev.data) } : prev));
  }, []);

  return { state, reload, set };
}

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
}

/** True while the page is visible (document.visibilityState). */
export function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState === "visible",
    () => true,
  );
}

/**
 * Calls `tick` every `ms` while `enabled` and the page is visible, one call at
 * a time (the next waits for the previous to finish). Runs at once when the
 * page becomes visible again.
 */
export function usePolling(tick: (signal: AbortSignal) => Promise<unknown>, ms: number, enabled: boolean): void {
  const visible = usePageVisible();
  const latest = useRef(tick);
  latest.current = tick;
  const firstRun = useRef(true);

  useEffect(() => {
    if (!enabled || !visible) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        await latest.current(controller.signal);
      } catch {
        // A failed poll is retried on the next tick.
      }
      if (!controller.signal.aborted) timer = setTimeout(run, ms);
    };
    // Back from the background: catch up at once; otherwise wait one period.
    timer = setTimeout(run, firstRun.current ? ms : 0);
    firstRun.current = false;
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [enabled, visible, ms]);
}

/** The current time, refreshed every `ms`. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

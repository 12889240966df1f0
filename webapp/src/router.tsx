/**
 * A tiny router over the History API (no library: the bundle stays small).
 *
 * Every entry this app pushes carries `{ idx }` in `history.state`, so the app
 * knows whether "back" stays inside it (idx > 0) or would leave it: a deep link
 * such as /tickets/10001 opened from the bot starts at idx 0, and "back" then
 * goes to the ticket list instead of closing the page.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

export type Route =
  | { name: "tickets" }
  | { name: "ticket"; number: number }
  | { name: "new" }
  | { name: "kb" }
  | { name: "article"; slug: string }
  | { name: "settings" }
  | { name: "not-found" };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "tickets" };
  if (path === "/new") return { name: "new" };
  if (path === "/kb") return { name: "kb" };
  if (path === "/settings") return { name: "settings" };
  const ticket = /^\/tickets\/(\d{1,9})$/.exec(path);
  if (ticket) return { name: "ticket", number: Number(ticket[1]) };
  const article = /^\/kb\/([^/]+)$/.exec(path);
  if (article) {
    try {
      return { name: "article", slug: decodeURIComponent(article[1]!) };
    } catch {
      return { name: "not-found" };
    }
  }
  return { name: "not-found" };
}

const CHANGE = "app:navigate";

interface HistoryState {
  idx: number;
}

function currentIndex(): number {
  const state = history.state as Partial<HistoryState> | null;
  return typeof state?.idx === "number" ? state.idx : 0;
}

// The first entry of this app; keep whatever the Telegram script left in the hash.
if (typeof history !== "undefined" && typeof (history.state as Partial<HistoryState> | null)?.idx !== "number") {
  history.replaceState({ idx: 0 } satisfies HistoryState, "");
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const target = new URL(to, location.href);
  if (target.origin !== location.origin) {
    location.assign(target.href);
    return;
  }
  const href = target.pathname + target.search + target.hash;
  if (opts.replace) history.replaceState({ idx: currentIndex() } satisfies HistoryState, "", href);
  else history.pushState({ idx: currentIndex() + 1 } satisfies HistoryState, "", href);
  window.dispatchEvent(new Event(CHANGE));
}

/** Back within the app when there is somewhere to go back to; the ticket list otherwise. */
export function goBack(): void {
  if (currentIndex() > 0) history.back();
  else navigate("/", { replace: true });
}

export function canGoBack(): boolean {
  return currentIndex() > 0;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => location.pathname + location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** pathname + search: changes on every navigation. */
  key: string;
}

/** The current location; re-renders on every navigation. */
export function useLocation(): Location {
  const key = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(key, location.origin);
  return { pathname: url.pathname, search: url.searchParams, key };
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string; replace?: boolean };

/** An ordinary link (middle-click, copy address work) that navigates without reloading. */
export function Link({ to, replace, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, replace ? { replace } : {});
  };
  return <a href={to} onClick={handle} {...rest} />;
}

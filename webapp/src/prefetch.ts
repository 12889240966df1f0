/**
 * The pages other than the ticket list are separate chunks. Once the first view is on screen
 * (or after a few seconds on a page opened by a deep link), they are fetched while the phone is
 * idle, so that the next tap opens at once, without competing with the first view for a slow
 * connection.
 */
export const pageLoaders = {
  ticket: () => import("./pages/TicketPage"),
  new: () => import("./pages/NewTicketPage"),
  kb: () => import("./pages/KbPage"),
  article: () => import("./pages/ArticlePage"),
  settings: () => import("./pages/SettingsPage"),
};

const FALLBACK_MS = 4000;
let started = false;

function prefetchAll(): void {
  if (started) return;
  started = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  idle(() => {
    for (const load of Object.values(pageLoaders)) void load().catch(() => {});
  });
}

/** The first view is usable: the rest may come now. */
export function firstViewReady(): void {
  prefetchAll();
}

/** For first views other than the list (deep links): prefetch a little later anyway. */
export function prefetchSoon(): () => void {
  const timer = window.setTimeout(prefetchAll, FALLBACK_MS);
  return () => window.clearTimeout(timer);
}

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getMe, toApiError, type ApiError, type MeView } from "./api";
import { NavBar } from "./components/NavBar";
import { ErrorNotice, Loading } from "./components/Status";
import { I18nProvider, loadLanguage, resolveLanguage, useT } from "./i18n";
import { TicketsPage } from "./pages/TicketsPage";
import { goBack, Link, matchRoute, useLocation, type Route } from "./router";
import { SessionContext, type SessionValue } from "./session";
import { closeMiniApp, getTelegramLanguageCode, hasInitData, useBackButton } from "./telegram";
import { useDeviceTimeZone } from "./timezone";
import { pageLoaders, prefetchSoon } from "./prefetch";

// The ticket list is the first view and comes with the app; every other page is fetched when it
// is first opened, or ahead of time once the first view is on screen (prefetch.ts).
const TicketPage = lazy(() => pageLoaders.ticket().then((m) => ({ default: m.TicketPage })));
const NewTicketPage = lazy(() => pageLoaders.new().then((m) => ({ default: m.NewTicketPage })));
const KbPage = lazy(() => pageLoaders.kb().then((m) => ({ default: m.KbPage })));
const ArticlePage = lazy(() => pageLoaders.article().then((m) => ({ default: m.ArticlePage })));
const SettingsPage = lazy(() => pageLoaders.settings().then((m) => ({ default: m.SettingsPage })));
// The manager's desk (/staff/...) is its own chunk: customers never download it.
const StaffApp = lazy(() => import("./staff/StaffApp").then((m) => ({ default: m.StaffApp })));
const OutsideTelegram = lazy(() => import("./pages/OutsideTelegramPage").then((m) => ({ default: m.OutsideTelegramPage })));

type Session =
  { status: "outside-telegram" } | { status: "loading" } | { status: "ready"; me: MeView } | { status: "deleted" } | { status: "error"; error: ApiError };

/** Loads the signed-in user once; `retry` loads it again. */
function useSessionState() {
  const [session, setSession] = useState<Session>(() => (hasInitData() ? { status: "loading" } : { status: "outside-telegram" }));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!hasInitData()) return;
    const controller = new AbortController();
    // The texts of Telegram's language are fetched while /api/me is on its way.
    void loadLanguage(resolveLanguage(getTelegramLanguageCode()));
    getMe(controller.signal)
      .then(async (me) => {
        // The saved language's texts are here before the first page is drawn: no flash of English.
        await loadLanguage(resolveLanguage(me.settings.languageCode));
        return me;
      })
      .then(
        (me) => {
          if (!controller.signal.aborted) setSession({ status: "ready", me });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setSession({ status: "error", error: toApiError(error) });
        },
      );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setSession({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { session, setSession, retry };
}

function Page({ route }: { route: Route }) {
  const t = useT();
  switch (route.name) {
    case "tickets":
      return <TicketsPage />;
    case "ticket":
      return <TicketPage key={route.number} number={route.number} />;
    case "new":
      return <NewTicketPage />;
    case "kb":
      return <KbPage />;
    case "article":
      return <ArticlePage key={route.slug} slug={route.slug} />;
    case "settings":
      return <SettingsPage />;
    case "not-found":
      return (
        <ErrorNotice title={t("error-not-found-title")} description={t("error-page-not-found")}>
          <p>
            <Link to="/">{t("ticket-back-to-list")}</Link>
          </p>
        </ErrorNotice>
      );
  }
}

/** The signed-in cabinet: pages, navigation, Telegram's BackButton. */
function Cabinet() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);

  useBackButton(route.name !== "tickets" || location.search.size > 0, goBack);
  const zone = useDeviceTimeZone();
  useEffect(() => prefetchSoon(), []);

  // A new page: start at its top and move focus there (screen readers announce it).
  useEffect(() => {
    if (firstPath.current === location.pathname) return;
    firstPath.current = "";
    if (!window.location.hash) window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname, location.key]);

  return (
    <>
      <main id="content" className="app" ref={mainRef} tabIndex={-1}>
        {zone.taken ? <ZoneTaken zone={zone.taken} onDismiss={zone.dismiss} /> : null}
        <Suspense fallback={<Loading />}>
          <Page route={route} />
        </Suspense>
      </main>
      <NavBar route={route} />
    </>
  );
}

/** Said once, after the device's time zone was saved: what changed and where to change it. */
function ZoneTaken({ zone, onDismiss }: { zone: string; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="card zone-notice" role="status" data-testid="zone-taken">
      <p>{t("zone-taken", { zone: zone.replaceAll("_", " ") })}</p>
      <div className="button-row">
        <Link to="/settings#language" className="button button-secondary button-small" onClick={onDismiss}>
          {t("zone-change")}
        </Link>
        <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
          {t("zone-ok")}
        </button>
      </div>
    </div>
  );
}

function Goodbye() {
  const t = useT();
  return (
    <main id="content" className="app goodbye" data-testid="goodbye">
      <h1>{t("goodbye-title")}</h1>
      <p>{t("goodbye-text")}</p>
      <p className="subtitle">{t("goodbye-return")}</p>
      <button type="button" className="button" onClick={closeMiniApp}>
        {t("goodbye-close")}
      </button>
    </main>
  );
}

function Content({ session, retry }: { session: Session; retry: () => void }) {
  const t = useT();
  switch (session.status) {
    case "outside-telegram":
      return (
        <Suspense
          fallback={
            <main id="content" className="app">
              <Loading />
            </main>
          }
        >
          <OutsideTelegram />
        </Suspense>
      );
    case "loading":
      return (
        <main id="content" className="app">
          <Loading />
        </main>
      );
    case "deleted":
      return <Goodbye />;
    case "error":
      return (
        <main id="content" className="app">
          {session.error.isUnauthorized ? (
            <ErrorNotice alert title={t("error-unauthorized-title")} description={t("error-unauthorized")} reason={session.error.reason} />
          ) : (
            <ErrorNotice alert title={t("error-generic-title")} description={t("error-generic")} reason={session.error.reason} onRetry={retry} />
          )}
        </main>
      );
    case "ready":
      return <Cabinet />;
  }
}

export function App() {
  if (location.pathname.startsWith("/staff")) {
    return (
      <Suspense fallback={null}>
        <StaffApp />
      </Suspense>
    );
  }
  return <CustomerApp />;
}

function CustomerApp() {
  const { session, setSession, retry } = useSessionState();
  // The server's saved language wins; Telegram's hint covers loading and errors.
  const language = resolveLanguage(session.status === "ready" ? session.me.settings.languageCode : undefined, getTelegramLanguageCode());

  const value = useMemo<SessionValue | null>(
    () =>
      session.status === "ready"
        ? {
            me: session.me,
            setMe: (me) => setSession({ status: "ready", me }),
            markDeleted: () => setSession({ status: "deleted" }),
          }
        : null,
    [session, setSession],
  );

  return (
    <I18nProvider language={language}>
      <SessionContext.Provider value={value}>
        <SkipLink />
        <Content session={session} retry={retry} />
      </SessionContext.Provider>
    </I18nProvider>
  );
}

function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#content">
      {t("app-skip")}
    </a>
  );
}

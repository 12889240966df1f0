/**
 * The manager's desk: the live board, the numbers and each agent's figures, for staff opened
 * from the bot (/board). A chunk of its own, loaded only under /staff: customers never download it.
 * What a role may see comes from the server's permission table (GET /api/staff/me); the server
 * refuses everything else with 403 anyway.
 */
import { useEffect, useState } from "react";
import { toApiError, type ApiError } from "../api";
import { ErrorNotice, Loading } from "../components/Status";
import { I18nProvider, loadLanguage, resolveLanguage, useT } from "../i18n";
import { Link, navigate, useLocation } from "../router";
import { getTelegramLanguageCode } from "../telegram";
import { AgentsPage } from "./AgentsPage";
import { BoardPage } from "./BoardPage";
import { NumbersPage } from "./NumbersPage";
import { QualityPage } from "./QualityPage";
import { ExperimentsPage } from "./ExperimentsPage";
import { getStaffMe, type StaffMeView } from "./staff-api";
import "./staff.css";

type State = { status: "loading" } | { status: "ready"; me: StaffMeView } | { status: "error"; error: ApiError };

const TABS = [
  { path: "/staff/board", label: "staff-nav-board", permission: "board.view" },
  { path: "/staff/numbers", label: "staff-nav-numbers", permission: "numbers.view" },
  { path: "/staff/agents", label: "staff-nav-agents", permission: "agents.view" },
  { path: "/staff/quality", label: "staff-nav-quality", permission: "tickets.work" },
  { path: "/staff/experiments", label: "staff-nav-experiments", permission: "experiments.manage" },
] as const;

function Desk({ me }: { me: StaffMeView }) {
  const t = useT();
  const { pathname } = useLocation();
  const tabs = TABS.filter((tab) => me.permissions.includes(tab.permission));
  const current = tabs.find((tab) => pathname.startsWith(tab.path)) ?? tabs[0];
  useEffect(() => {
    if (current && !pathname.startsWith(current.path)) navigate(current.path, { replace: true });
  }, [current, pathname]);
  if (!current) return <ErrorNotice alert title={t("staff-forbidden-title")} description={t("staff-forbidden")} />;
  return (
    <>
      <nav className="filters staff-nav" aria-label={t("staff-nav")}>
        {tabs.map((tab) => (
          <Link
            key={tab.path}
            to={tab.path}
            replace
            className="chip"
            aria-current={tab === current ? "page" : undefined}
            data-testid={`nav-${tab.path.split("/")[2]}`}
          >
            {t(tab.label)}
          </Link>
        ))}
      </nav>
      {current.path === "/staff/board" ? (
        <BoardPage me={me} />
      ) : current.path === "/staff/numbers" ? (
        <NumbersPage />
      ) : current.path === "/staff/quality" ? (
        <QualityPage me={me} />
      ) : current.path === "/staff/experiments" ? (
        <ExperimentsPage />
      ) : (
        <AgentsPage />
      )}
    </>
  );
}

function Content({ state }: { state: State }) {
  const t = useT();
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    return state.error.status === 403 ? (
      <ErrorNotice alert title={t("staff-forbidden-title")} description={t("staff-forbidden")} />
    ) : state.error.isUnauthorized ? (
      <ErrorNotice alert title={t("error-unauthorized-title")} description={t("error-unauthorized")} reason={state.error.reason} />
    ) : (
      <ErrorNotice alert title={t("error-generic-title")} description={t("error-generic")} reason={state.error.reason} />
    );
  }
  return <Desk me={state.me} />;
}

export function StaffApp() {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    getStaffMe(controller.signal)
      .then(async (me) => {
        await loadLanguage(resolveLanguage(me.languageCode));
        return me;
      })
      .then(
        (me) => !controller.signal.aborted && setState({ status: "ready", me }),
        (error: unknown) => !controller.signal.aborted && setState({ status: "error", error: toApiError(error) }),
      );
    return () => controller.abort();
  }, []);
  const language = resolveLanguage(state.status === "ready" ? state.me.languageCode : undefined, getTelegramLanguageCode());
  return (
    <I18nProvider language={language}>
      <main id="content" className="app staff-app" tabIndex={-1} data-testid="staff-app">
        <Content state={state} />
      </main>
    </I18nProvider>
  );
}

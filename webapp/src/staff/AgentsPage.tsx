import { useState } from "react";
import { LoadError, Loading } from "../components/Status";
import { useResource } from "../hooks";
import { useT } from "../i18n";
import { BarChart } from "./charts";
import { decimal, duration, percent } from "./format";
import { PeriodPicker } from "./NumbersPage";
import { downloadCsv, getAgents, type PeriodChoice } from "./staff-api";

/** Each agent's handled tickets, first response time, CSAT and reopen rate (supervisors). */
export function AgentsPage() {
  const t = useT();
  const [period, setPeriod] = useState<PeriodChoice>({ period: "30d" });
  const { state, reload } = useResource((signal) => getAgents(period, signal), [period.period, period.from, period.to]);
  return (
    <>
      <header className="page-header">
        <div className="header-row">
          <h1 tabIndex={-1}>{t("staff-agents-title")}</h1>
          <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("agents", period)}>
            {t("staff-csv")}
          </button>
        </div>
      </header>
      <PeriodPicker value={period} onChange={setPeriod} />
      {state.status === "loading" ? <Loading /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={() => reload()} /> : null}
      {state.status === "ready" ? (
        <>
          <BarChart title={t("staff-figure-volume")} bars={state.data.rows.map((r) => ({ label: r.label, value: r.volume, text: String(r.volume) }))} />
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t("staff-agents-title")}>
            <table className="staff-table" data-testid="agents-table">
              <thead>
                <tr>
                  <th scope="col">{t("staff-agent")}</th>
                  <th scope="col">{t("staff-figure-volume")}</th>
                  <th scope="col">{t("staff-figure-frtP50")}</th>
                  <th scope="col">{t("staff-figure-csat")}</th>
                  <th scope="col">{t("staff-figure-reopenRate")}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.key === "—" ? t("staff-unassigned") : r.label}</th>
                    <td>{r.volume}</td>
                    <td>{duration(t, r.frtP50)}</td>
                    <td>{decimal(r.csat, 1)}</td>
                    <td>{percent(r.reopenRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

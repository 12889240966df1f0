import { useState } from "react";
import { LoadError, Loading } from "../components/Status";
import { useResource } from "../hooks";
import { useT } from "../i18n";
import { BarChart, Change, HeatMap } from "./charts";
import { decimal, duration, percent } from "./format";
import { downloadCsv, getNumbers, PERIOD_NAMES, SPLITS, type NumbersView, type PeriodChoice, type Split } from "./staff-api";

type Figures = NumbersView["totals"];
type Key = keyof Figures;

/** Each headline figure: how it reads, and which way is good news. */
const HEADLINES: { key: Key; kind: "count" | "time" | "share" | "score"; better: "up" | "down" }[] = [
  { key: "volume", kind: "count", better: "up" },
  { key: "frtP50", kind: "time", better: "down" },
  { key: "frtP90", kind: "time", better: "down" },
  { key: "resolutionP50", kind: "time", better: "down" },
  { key: "resolutionP90", kind: "time", better: "down" },
  { key: "slaMet", kind: "share", better: "up" },
  { key: "csat", kind: "score", better: "up" },
  { key: "nps", kind: "score", better: "up" },
  { key: "fcr", kind: "share", better: "up" },
  { key: "repeatRate", kind: "share", better: "down" },
  { key: "reopenRate", kind: "share", better: "down" },
  { key: "handoffRate", kind: "share", better: "down" },
];

export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (p: PeriodChoice) => void }) {
  const t = useT();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <fieldset className="period-picker">
      <legend>{t("staff-period")}</legend>
      <div className="filters">
        {PERIOD_NAMES.map((p) => (
          <button
            key={p}
            type="button"
            className="chip"
            aria-pressed={value.period === p}
            data-testid={`period-${p}`}
            onClick={() => onChange(p === "custom" ? { period: p, from: value.from ?? today, to: value.to ?? today } : { period: p })}
          >
            {t(`staff-period-${p}`)}
          </button>
        ))}
      </div>
      {value.period === "custom" ? (
        <div className="button-row">
          <label>
            {t("staff-from")} <input type="date" value={value.from} max={today} onChange={(e) => onChange({ ...value, from: e.currentTarget.value })} />
          </label>
          <label>
            {t("staff-to")} <input type="date" value={value.to} max={today} onChange={(e) => onChange({ ...value, to: e.currentTarget.value })} />
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}

export function useFormat() {
  const t = useT();
  return (kind: "count" | "time" | "share" | "score", v: number | null) =>
    kind === "time" ? duration(t, v) : kind === "share" ? percent(v) : kind === "score" ? decimal(v, 1) : v === null ? "—" : String(v);
}

export function NumbersPage() {
  const t = useT();
  const format = useFormat();
  const [period, setPeriod] = useState<PeriodChoice>({ period: "7d" });
  const [split, setSplit] = useState<Split>("queue");
  const { state, reload } = useResource((signal) => getNumbers(period, split, signal), [period.period, period.from, period.to, split]);
  const [chartKey, setChartKey] = useState<Key>("volume");

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{t("staff-numbers-title")}</h1>
      </header>
      <PeriodPicker value={period} onChange={setPeriod} />
      <label className="field">
        <span>{t("staff-split")}</span>
        <select value={split} onChange={(e) => setSplit(e.currentTarget.value as Split)} data-testid="split">
          {SPLITS.map((s) => (
            <option key={s} value={s}>
              {t(`staff-split-${s}`)}
            </option>
          ))}
        </select>
      </label>
      {state.status === "loading" ? <Loading /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={() => reload()} /> : null}
      {state.status === "ready" ? (
        <>
          <section aria-labelledby="headline-title">
            <h2 id="headline-title" className="visually-hidden">
              {t("staff-headline")}
            </h2>
            <ul className="figure-grid" data-testid="figures">
              {HEADLINES.map((h) => (
                <li key={h.key} className="card figure" data-figure={h.key}>
                  <span className="figure-name">{t(`staff-figure-${h.key}`)}</span>
                  <span className="figure-value">{format(h.kind, state.data.totals[h.key])}</span>
                  <Change current={state.data.totals[h.key]} previous={state.data.previousTotals[h.key]} better={h.better} />
                </li>
              ))}
              <li className="card figure" data-figure="selfService">
                <span className="figure-name">{t("staff-figure-selfService")}</span>
                <span className="figure-value">{percent(state.data.selfService.share)}</span>
                <Change current={state.data.selfService.share} previous={state.data.selfService.previousShare} better="up" />
              </li>
            </ul>
            <p className="subtitle">
              {t("staff-response-rates", { csat: percent(state.data.totals.csatResponseRate), nps: percent(state.data.totals.npsResponseRate) })}
            </p>
          </section>
          {split !== "none" && state.data.rows.length ? (
            <section aria-labelledby="split-title">
              <div className="header-row">
                <h2 id="split-title">{t(`staff-split-${split}`)}</h2>
                <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("numbers", period, split)}>
                  {t("staff-csv")}
                </button>
              </div>
              <label className="field">
                <span>{t("staff-chart-of")}</span>
                <select value={chartKey} onChange={(e) => setChartKey(e.currentTarget.value as Key)}>
                  {HEADLINES.map((h) => (
                    <option key={h.key} value={h.key}>
                      {t(`staff-figure-${h.key}`)}
                    </option>
                  ))}
                </select>
              </label>
              <BarChart
                testId="split-chart"
                title={t(`staff-figure-${chartKey}`)}
                bars={state.data.rows.map((r) => {
                  const kind = HEADLINES.find((h) => h.key === chartKey)!.kind;
                  const v = r[chartKey];
                  return { label: r.label, value: Math.max(0, v ?? 0), text: format(kind, v) };
                })}
              />
            </section>
          ) : null}
          <section aria-labelledby="handoff-title">
            <div className="header-row">
              <h2 id="handoff-title">{t("staff-handoff-reasons")}</h2>
              <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("handoff", period)}>
                {t("staff-csv")}
              </button>
            </div>
            {state.data.handoffReasons.length ? (
              <BarChart
                title={t("staff-handoff-reasons")}
                bars={state.data.handoffReasons.map((h) => ({ label: h.reason, value: h.count, text: String(h.count) }))}
              />
            ) : (
              <p className="subtitle">—</p>
            )}
          </section>
          {state.data.community ? <CommunityFigures c={state.data.community} /> : null}
          <section aria-labelledby="heat-title">
            <div className="header-row">
              <h2 id="heat-title">{t("staff-heatmap")}</h2>
              <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("heatmap", period)}>
                {t("staff-csv")}
              </button>
            </div>
            <HeatMap title={t("staff-heatmap")} cells={state.data.heatmap} />
          </section>
        </>
      ) : null}
    </>
  );
}

/** The support group's figures (spam share first: its goal is below 0.5%); nothing for a desk without a group. */
function CommunityFigures({ c }: { c: NonNullable<NumbersView["community"]> }) {
  const t = useT();
  if (!c.messages && !c.captchaStarted && !c.questions && !c.reports) return null;
  const fine = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(2)}%`);
  return (
    <section aria-labelledby="community-title">
      <h2 id="community-title">{t("staff-community")}</h2>
      <ul className="figure-grid" data-testid="community-figures">
        <li className="card figure" data-figure="spamShare">
          <span className="figure-name">{t("staff-figure-spamShare")}</span>
          <span className="figure-value">{fine(c.spamShare)}</span>
          <Change current={c.spamShare} previous={c.previousSpamShare} better="down" />
        </li>
        <li className="card figure" data-figure="groupMessages">
          <span className="figure-name">{t("staff-figure-groupMessages")}</span>
          <span className="figure-value">{c.messages}</span>
        </li>
        <li className="card figure" data-figure="captchaPassRate">
          <span className="figure-name">{t("staff-figure-captchaPassRate")}</span>
          <span className="figure-value">{percent(c.captchaPassRate)}</span>
        </li>
        <li className="card figure" data-figure="groupQuestions">
          <span className="figure-name">{t("staff-figure-groupQuestions")}</span>
          <span className="figure-value">
            {c.questionsTurnedIntoTickets} / {c.questions}
          </span>
        </li>
      </ul>
      <p className="subtitle">{t("staff-community-detail", { spam: c.spam, blocked: c.blocked, reports: c.reports })}</p>
    </section>
  );
}

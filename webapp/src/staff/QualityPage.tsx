import { useState } from "react";
import { toApiError } from "../api";
import { LoadError, Loading, errorMessage } from "../components/Status";
import { useResource } from "../hooks";
import { useT } from "../i18n";
import { getMyQuality, getQualityTrend, getReview, getReviews, saveReview, type LineScores } from "./improvement-api";
import type { StaffMeView } from "./staff-api";

const LINES = ["greeting", "understood", "correct", "tone", "next_steps", "summary"] as const;

/**
 * Quality review: supervisors score the day's sampled conversations and follow each agent's
 * trend; agents read their own scores.
 */
export function QualityPage({ me }: { me: StaffMeView }) {
  const t = useT();
  const reviewer = me.permissions.includes("quality.review");
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{t("staff-qa-title")}</h1>
      </header>
      {reviewer ? (
        <>
          <Pending />
          <Trend />
        </>
      ) : null}
      {me.permissions.includes("tickets.work") ? <Mine /> : null}
    </>
  );
}

function Pending() {
  const t = useT();
  const { state, reload } = useResource((signal) => getReviews(signal), []);
  const [open, setOpen] = useState<number | null>(null);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={() => reload()} />;
  return (
    <section aria-label={t("staff-qa-pending")}>
      <h2>{t("staff-qa-pending")}</h2>
      {!state.data.length ? <p className="hint">{t("staff-qa-none")}</p> : null}
      <ul className="card-list" data-testid="qa-pending">
        {state.data.map((r) => (
          <li key={r.id} className="card">
            <button
              type="button"
              className="button button-secondary button-small"
              aria-expanded={open === r.id}
              onClick={() => setOpen(open === r.id ? null : r.id)}
            >
              #{r.ticketNumber} · {r.agentName}
            </button>
            {open === r.id ? (
              <Scorecard
                id={r.id}
                onSaved={() => {
                  setOpen(null);
                  reload({ quiet: true });
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Scorecard({ id, onSaved }: { id: number; onSaved: () => void }) {
  const t = useT();
  const { state, reload } = useResource((signal) => getReview(id, signal), [id]);
  const [scores, setScores] = useState<LineScores | null>(null);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={() => reload()} />;
  const card = state.data;
  const current = scores ?? card.scores;
  const save = async () => {
    setProblem(null);
    try {
      await saveReview(id, current, comment);
      onSaved();
    } catch (error) {
      setProblem(errorMessage(t, toApiError(error)));
    }
  };
  return (
    <div data-testid={`scorecard-${id}`}>
      {card.findings.length ? (
        <ul>
          {card.findings.map((f, i) => (
            <li key={i}>{t(`staff-qa-finding-${f.kind}`, { minutes: f.minutes ?? 0, target: f.targetMinutes ?? 0, words: (f.words ?? []).join(", ") })}</li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("staff-qa-clean")}</p>
      )}
      <pre className="qa-transcript">{card.transcript}</pre>
      {LINES.map((line) => (
        <fieldset key={line} className="fieldset">
          <legend>{t(`staff-qa-line-${line}`)}</legend>
          {([2, 1, 0] as const).map((v) => (
            <label key={v} className="chip">
              <input type="radio" name={`${id}-${line}`} checked={current[line] === v} onChange={() => setScores({ ...current, [line]: v })} />{" "}
              {t(`staff-qa-mark-${v}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <label className="label" htmlFor={`qa-comment-${id}`}>
        {t("staff-qa-comment")}
      </label>
      <textarea id={`qa-comment-${id}`} className="input" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="button" className="button button-wide" onClick={() => void save()}>
        {t("staff-qa-save")}
      </button>
    </div>
  );
}

function Trend() {
  const t = useT();
  const { state, reload } = useResource((signal) => getQualityTrend(signal), []);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={() => reload()} />;
  const weeks = [...new Set(state.data.flatMap((a) => a.weeks.map((w) => w.week)))].sort();
  return (
    <section aria-label={t("staff-qa-trend")}>
      <h2>{t("staff-qa-trend")}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("staff-qa-trend")}>
        <table className="staff-table" data-testid="qa-trend">
          <thead>
            <tr>
              <th scope="col">{t("staff-agent")}</th>
              {weeks.map((w) => (
                <th key={w} scope="col">
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.data.map((a) => (
              <tr key={a.agentId}>
                <th scope="row">{a.name}</th>
                {weeks.map((w) => {
                  const cell = a.weeks.find((x) => x.week === w);
                  return <td key={w}>{cell ? t("staff-qa-cell", { average: cell.average, reviews: cell.reviews }) : "—"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Mine() {
  const t = useT();
  const { state, reload } = useResource((signal) => getMyQuality(signal), []);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={() => reload()} />;
  return (
    <section aria-label={t("staff-qa-mine")} data-testid="qa-mine">
      <h2>{t("staff-qa-mine")}</h2>
      <p>{state.data.average === null ? t("staff-qa-mine-none") : t("staff-qa-mine-average", { average: state.data.average })}</p>
      <ul className="card-list">
        {state.data.reviews.map((r) => (
          <li key={r.id} className="card">
            #{r.ticketNumber ?? "—"} · {r.score}/100 · {r.scoredAt.slice(0, 10)}
            {r.comment ? <p className="hint">{r.comment}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useId, useState, type FormEvent } from "react";
import { toApiError } from "../api";
import { LoadError, Loading, errorMessage } from "../components/Status";
import { useResource } from "../hooks";
import { useT, type Translate } from "../i18n";
import {
  defineExperiment,
  experimentAction,
  getExperimentResults,
  getExperimentTargets,
  getExperiments,
  shipVariant,
  type ExperimentResultsJson,
  type ExperimentViewJson,
} from "./improvement-api";

/** A/B tests of the bot's words (admins): the list, one experiment's results and verdict, a new one. */
export function ExperimentsPage() {
  const t = useT();
  const { state, reload } = useResource((signal) => getExperiments(signal), []);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{t("staff-exp-title")}</h1>
        <p className="hint">{t("staff-exp-about")}</p>
      </header>
      {state.status === "loading" ? <Loading /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={() => reload()} /> : null}
      {state.status === "ready" ? (
        <ul className="card-list" data-testid="experiments">
          {state.data.map((e) => (
            <li key={e.code} className="card">
              <button
                type="button"
                className="button button-secondary button-small"
                aria-expanded={open === e.code}
                onClick={() => setOpen(open === e.code ? null : e.code)}
              >
                {e.code} · {t(`staff-exp-status-${e.status}`)}
              </button>
              <p className="hint">
                {e.target} · {t(`staff-exp-metric-${e.metric}`)} · {e.sharePercent}%
              </p>
              {open === e.code ? <Results experiment={e} onChanged={() => reload({ quiet: true })} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <NewExperiment onCreated={() => reload({ quiet: true })} />
    </>
  );
}

function formatValue(unit: ExperimentResultsJson["unit"], v: number): string {
  return unit === "share" ? `${(v * 100).toFixed(1)}%` : v.toFixed(1);
}

export function verdictText(t: Translate, v: ExperimentResultsJson["verdict"]): string {
  return v.kind === "not-enough-data"
    ? t("staff-exp-verdict-more", { count: v.moreCustomers })
    : t(`staff-exp-verdict-${v.kind}`, { variant: v.variant, control: v.control });
}

function Results({ experiment, onChanged }: { experiment: ExperimentViewJson; onChanged: () => void }) {
  const t = useT();
  const { state, reload } = useResource((signal) => getExperimentResults(experiment.code, signal), [experiment.code, experiment.status]);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (run: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await run();
      onChanged();
      reload({ quiet: true });
    } catch (error) {
      setProblem(errorMessage(t, toApiError(error)));
    }
  };
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={() => reload()} />;
  const r = state.data;
  return (
    <div data-testid={`results-${experiment.code}`}>
      <table className="staff-table">
        <thead>
          <tr>
            <th scope="col">{t("staff-exp-variant")}</th>
            <th scope="col">{t("staff-exp-customers")}</th>
            <th scope="col">{t("staff-exp-value")}</th>
            <th scope="col">{t("staff-exp-range")}</th>
          </tr>
        </thead>
        <tbody>
          {r.variants.map((v) => (
            <tr key={v.key}>
              <th scope="row">{v.key}</th>
              <td>{v.customers}</td>
              <td>{formatValue(r.unit, v.value)}</td>
              <td>
                {formatValue(r.unit, v.low)}–{formatValue(r.unit, v.high)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="verdict">{verdictText(t, r.verdict)}</p>
      <div className="header-row">
        {experiment.status === "draft" ? (
          <button type="button" className="button button-small" onClick={() => void act(() => experimentAction(experiment.code, "start"))}>
            {t("staff-exp-start")}
          </button>
        ) : null}
        {experiment.status === "running" ? (
          <button type="button" className="button button-secondary button-small" onClick={() => void act(() => experimentAction(experiment.code, "stop"))}>
            {t("staff-exp-stop")}
          </button>
        ) : null}
        {experiment.status === "running" || experiment.status === "stopped"
          ? experiment.variants.map((v) => (
              <button key={v.key} type="button" className="button button-small" onClick={() => void act(() => shipVariant(experiment.code, v.key))}>
                {t("staff-exp-ship", { variant: v.key })}
              </button>
            ))
          : null}
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}

/** A two-variant experiment: A is today's text, B the new words (per language) or flow value. */
function NewExperiment({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const id = useId();
  const { state } = useResource((signal) => getExperimentTargets(signal), []);
  const [code, setCode] = useState("");
  const [target, setTarget] = useState("");
  const [metric, setMetric] = useState("self-service");
  const [share, setShare] = useState(50);
  const [lang, setLang] = useState("en");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  if (state.status !== "ready") return null;
  const targets = state.data;
  const flow = target.startsWith("flow:") ? target.slice(5) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await defineExperiment({
        code,
        targetKind: flow ? "flow" : "message",
        target: flow ?? target,
        metric: metric as (typeof targets.metrics)[number],
        sharePercent: share,
        variants: flow
          ? [
              { key: "A", texts: {}, value: targets.flows[flow]![0]! },
              { key: "B", texts: {}, value: text || targets.flows[flow]![1]! },
            ]
          : [
              { key: "A", texts: {} },
              { key: "B", texts: { [lang]: text } },
            ],
      });
      setCode("");
      setText("");
      onCreated();
    } catch (error) {
      setProblem(errorMessage(t, toApiError(error)));
    }
  };
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} data-testid="new-experiment">
      <h2>{t("staff-exp-new")}</h2>
      <div className="field">
        <label className="label" htmlFor={`${id}-code`}>
          {t("staff-exp-code")}
        </label>
        <input id={`${id}-code`} className="input" value={code} onChange={(e) => setCode(e.target.value)} pattern="[a-z0-9][a-z0-9-]{1,39}" required />
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-target`}>
          {t("staff-exp-target")}
        </label>
        <select id={`${id}-target`} className="input" value={target} onChange={(e) => setTarget(e.target.value)} required>
          <option value="" />
          {Object.keys(targets.flows).map((f) => (
            <option key={f} value={`flow:${f}`}>
              ⚙ {f}
            </option>
          ))}
          {targets.messages.map((m) => (
            <option key={m.key} value={m.key}>
              {m.key} — {m.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-metric`}>
          {t("staff-exp-metric")}
        </label>
        <select id={`${id}-metric`} className="input" value={metric} onChange={(e) => setMetric(e.target.value)}>
          {targets.metrics.map((m) => (
            <option key={m} value={m}>
              {t(`staff-exp-metric-${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-share`}>
          {t("staff-exp-share")}
        </label>
        <input id={`${id}-share`} className="input" type="number" min={1} max={100} value={share} onChange={(e) => setShare(Number(e.target.value))} />
      </div>
      {flow ? (
        <div className="field">
          <label className="label" htmlFor={`${id}-value`}>
            {t("staff-exp-variant-b")}
          </label>
          <select id={`${id}-value`} className="input" value={text} onChange={(e) => setText(e.target.value)}>
            {targets.flows[flow]!.slice(1).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <>
          <div className="field">
            <label className="label" htmlFor={`${id}-lang`}>
              {t("staff-exp-language")}
            </label>
            <select id={`${id}-lang`} className="input" value={lang} onChange={(e) => setLang(e.target.value)}>
              {targets.languages.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor={`${id}-text`}>
              {t("staff-exp-variant-b")}
            </label>
            <textarea id={`${id}-text`} className="input" rows={4} value={text} onChange={(e) => setText(e.target.value)} required />
          </div>
        </>
      )}
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="submit" className="button button-wide">
        {t("staff-exp-create")}
      </button>
    </form>
  );
}

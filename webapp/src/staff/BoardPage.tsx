import { useEffect, useState } from "react";
import { toApiError, type ApiError } from "../api";
import { LoadError, Loading } from "../components/Status";
import { useT } from "../i18n";
import { duration } from "./format";
import { assignTicket, downloadCsv, moveTicket, streamBoard, type BoardView, type StaffMeView } from "./staff-api";

/** Seconds since an ISO time, re-read every few seconds so waits grow on screen. */
function useNow(everyMs = 5000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

function TicketActions({ ticket, board, onDone }: { ticket: BoardView["tickets"][number]; board: BoardView; onDone: (message: string) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      onDone(done);
    } catch (error) {
      onDone(t("staff-action-failed", { reason: toApiError(error).reason }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="board-actions">
      <label>
        <span className="visually-hidden">{t("staff-assign-to", { number: String(ticket.number) })}</span>
        <select
          disabled={busy}
          value=""
          data-testid={`assign-${ticket.number}`}
          onChange={(e) => {
            const agent = board.agents.find((a) => a.id === Number(e.currentTarget.value));
            if (agent) void run(() => assignTicket(ticket.number, agent.id), t("staff-assigned", { number: String(ticket.number), name: agent.name }));
          }}
        >
          <option value="">{t("staff-assign")}</option>
          {board.agents
            .filter((a) => a.id !== ticket.assigneeId)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.name} (${a.load}/${a.limit})`}
              </option>
            ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("staff-move-to", { number: String(ticket.number) })}</span>
        <select
          disabled={busy}
          value=""
          data-testid={`move-${ticket.number}`}
          onChange={(e) => {
            const queue = e.currentTarget.value;
            if (queue) void run(() => moveTicket(ticket.number, queue), t("staff-moved", { number: String(ticket.number), queue }));
          }}
        >
          <option value="">{t("staff-move")}</option>
          {board.queues
            .filter((q) => q.code !== ticket.queue)
            .map((q) => (
              <option key={q.code} value={q.code}>
                {q.name}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}

export function BoardPage({ me }: { me: StaffMeView }) {
  const t = useT();
  const [board, setBoard] = useState<BoardView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState("");
  const [attempt, setAttempt] = useState(0);
  const now = useNow();
  const canReassign = me.permissions.includes("tickets.reassign");

  useEffect(() => {
    const controller = new AbortController();
    void streamBoard(
      (b) => {
        setBoard(b);
        setError(null);
      },
      setError,
      controller.signal,
    );
    return () => controller.abort();
  }, [attempt]);

  if (!board && error) return <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!board) return <Loading />;
  const since = (iso: string | null) => (iso ? duration(t, Math.max(0, (now - Date.parse(iso)) / 1000)) : "—");

  return (
    <>
      <header className="page-header">
        <div className="header-row">
          <h1 tabIndex={-1}>{t("staff-board-title")}</h1>
          <span className="live" data-testid="board-live">
            {error ? t("staff-reconnecting") : t("staff-live")}
          </span>
        </div>
      </header>
      <p role="status" className="subtitle" data-testid="board-notice">
        {notice}
      </p>
      <section aria-labelledby="queues-title">
        <div className="header-row">
          <h2 id="queues-title">{t("staff-queues")}</h2>
          <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("board-queues", { period: "today" })}>
            {t("staff-csv")}
          </button>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="queues-title">
          <table className="staff-table" data-testid="board-queues">
            <thead>
              <tr>
                <th scope="col">{t("staff-queue")}</th>
                <th scope="col">{t("staff-waiting")}</th>
                <th scope="col">{t("staff-oldest-wait")}</th>
                <th scope="col">{t("staff-at-risk")}</th>
                <th scope="col">{t("staff-breached")}</th>
              </tr>
            </thead>
            <tbody>
              {board.queues.map((q) => (
                <tr key={q.code} data-queue={q.code}>
                  <th scope="row">{q.name}</th>
                  <td data-testid={`waiting-${q.code}`}>{q.waiting}</td>
                  <td>{since(q.oldestWaitingSince)}</td>
                  <td className={q.atRisk ? "warn" : undefined}>{q.atRisk}</td>
                  <td className={q.breached ? "bad" : undefined}>{q.breached}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="agents-title">
        <div className="header-row">
          <h2 id="agents-title">{t("staff-on-duty")}</h2>
          <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("board-agents", { period: "today" })}>
            {t("staff-csv")}
          </button>
        </div>
        {board.agents.length === 0 ? <p className="subtitle">{t("staff-nobody-on-duty")}</p> : null}
        <ul className="load-list">
          {board.agents.map((a) => (
            <li key={a.id} className="card">
              <span>{a.name}</span>
              <meter min={0} max={Math.max(1, a.limit)} value={a.load} high={Math.max(1, a.limit) - 0.5} aria-label={t("staff-load-of", { name: a.name })} />
              <span>{t("staff-load", { load: a.load, limit: a.limit })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tickets-title">
        <div className="header-row">
          <h2 id="tickets-title">{t("staff-needs-eye")}</h2>
          <button type="button" className="button button-secondary button-small" onClick={() => void downloadCsv("board-tickets", { period: "today" })}>
            {t("staff-csv")}
          </button>
        </div>
        {board.tickets.length === 0 ? <p className="subtitle">{t("staff-all-calm")}</p> : null}
        <ul className="board-tickets" data-testid="board-tickets">
          {board.tickets.map((tk) => (
            <li key={tk.number} className={`card state-${tk.state}`} data-number={tk.number}>
              <p className="ticket-card-top">
                <strong>#{tk.number}</strong> <span className={`badge state-${tk.state}`}>{t(`staff-state-${tk.state}`)}</span>{" "}
                {tk.vip ? <span className="badge">VIP</span> : null}
              </p>
              <p dir="auto">{tk.subject}</p>
              <p className="subtitle">
                {t("staff-ticket-line", { queue: tk.queue, assignee: tk.assignee ?? t("staff-unassigned"), wait: since(tk.waitingSince) })}
              </p>
              {canReassign ? <TicketActions ticket={tk} board={board} onDone={setNotice} /> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

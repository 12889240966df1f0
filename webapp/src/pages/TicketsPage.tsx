import { useEffect } from "react";
import { listTickets, TICKET_FILTERS, type TicketFilter, type TicketSummary } from "../api";
import { LoadError, Loading } from "../components/Status";
import { StatusBadge, Time, TicketTiming } from "../components/TicketBits";
import { usePolling, useResource } from "../hooks";
import { useT } from "../i18n";
import { Link, useLocation } from "../router";
import { firstViewReady } from "../prefetch";
import { useSession } from "../session";

/** How often the list (ETAs, statuses, unread marks) is fetched again while visible. */
const REFRESH_MS = 30_000;

function parseFilter(value: string | null): TicketFilter {
  return (TICKET_FILTERS as readonly string[]).includes(value ?? "") ? (value as TicketFilter) : "all";
}

function TicketCard({ ticket, since }: { ticket: TicketSummary; since: number }) {
  const t = useT();
  return (
    <li>
      <Link to={`/tickets/${ticket.number}`} className="card ticket-card" data-testid="ticket-card" data-number={ticket.number}>
        <span className="ticket-card-top">
          <span className="ticket-number">{t("ticket-number", { number: String(ticket.number) })}</span>
          <StatusBadge status={ticket.status} />
          {ticket.unread > 0 ? (
            <span className="unread" data-testid="unread">
              {t("ticket-unread", { count: ticket.unread })}
            </span>
          ) : null}
        </span>
        <span className="ticket-subject" dir="auto">
          {ticket.subject}
        </span>
        <span className="ticket-meta">
          <span>{t(`topic-${ticket.topic}`)}</span>
          <TicketTiming ticket={ticket} since={since} />
          <span className="hint-inline">
            <Time iso={ticket.updatedAt}>{(date) => t("ticket-updated", { date })}</Time>
          </span>
        </span>
      </Link>
    </li>
  );
}

export function TicketsPage() {
  const t = useT();
  const { me } = useSession();
  const { search } = useLocation();
  const filter = parseFilter(search.get("filter"));
  const { state, reload } = useResource(async (signal) => ({ tickets: await listTickets(filter, signal), fetchedAt: Date.now() }), [filter]);
  usePolling(async () => reload({ quiet: true }), REFRESH_MS, state.status === "ready");
  useEffect(() => {
    if (state.status === "ready") firstViewReady();
  }, [state.status]);

  return (
    <>
      <header className="page-header">
        <p className="eyebrow" data-testid="greeting">
          {t("home-greeting", { name: me.user.firstName })}
        </p>
        <div className="header-row">
          <h1 tabIndex={-1}>{t("tickets-title")}</h1>
          <Link to="/new" className="button button-small">
            {t("tickets-new")}
          </Link>
        </div>
      </header>

      <nav className="filters" aria-label={t("tickets-filters")}>
        {TICKET_FILTERS.map((f) => (
          <Link
            key={f}
            to={f === "all" ? "/" : `/?filter=${f}`}
            replace
            className="chip"
            aria-current={f === filter ? "page" : undefined}
            data-testid={`filter-${f}`}
          >
            {t(`filter-${f}`)}
          </Link>
        ))}
      </nav>

      {state.status === "loading" ? <Loading /> : null}
      {state.status === "error" ? <LoadError error={state.error} onRetry={() => reload()} /> : null}
      {state.status === "ready" && state.data.tickets.length === 0 ? (
        <section className="empty" data-testid="empty">
          <p className="empty-title">{t(`tickets-empty-${filter}`)}</p>
          <p className="subtitle">{t("tickets-empty-hint")}</p>
          <Link to="/new" className="button">
            {t("tickets-new")}
          </Link>
        </section>
      ) : null}
      {state.status === "ready" && state.data.tickets.length > 0 ? (
        <ul className="ticket-list" aria-label={t("tickets-title")} data-testid="ticket-list">
          {state.data.tickets.map((ticket) => (
            <TicketCard key={ticket.number} ticket={ticket} since={state.data.fetchedAt} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

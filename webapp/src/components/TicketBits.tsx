import type { ReactNode } from "react";
import type { TicketSummary } from "../api";
import { formatDateTime, formatFull } from "../format";
import { useNow } from "../hooks";
import { useLanguage, useT } from "../i18n";
import { useSession } from "../session";
import { Icon } from "./Icon";
// From the statuses module itself, not the API contracts: those bring zod into the first view.
import { OPEN_STATUSES as SHARED_OPEN_STATUSES } from "../../../src/domain/tickets/statuses";

export function StatusBadge({ status }: { status: TicketSummary["status"] }) {
  const t = useT();
  return (
    <span className={`badge badge-${status}`} data-testid="status">
      {t(`status-${status}`)}
    </span>
  );
}

/** Answer expected in about N minutes: counts down live between re-fetches. */
export function Eta({ minutes, since }: { minutes: number; since: number }) {
  const t = useT();
  const now = useNow(15_000);
  const left = Math.ceil((since + minutes * 60_000 - now) / 60_000);
  const text = left <= 0 ? t("eta-any-minute") : left < 60 ? t("eta-minutes", { minutes: left }) : t("eta-hours", { hours: Math.round(left / 60) });
  return (
    <span className="eta" data-testid="eta">
      <Icon name="clock" />
      {text}
    </span>
  );
}

/**
 * A point in time in the customer's time zone: short ("14:05" today, "23 Nov, 14:05" otherwise,
 * or the full date with `full`), the full date as a tooltip, machine-readable too.
 */
export function Time({ iso, full = false, children }: { iso: string; full?: boolean; children?: (text: string) => ReactNode }) {
  const language = useLanguage();
  const { me } = useSession();
  const long = formatFull(iso, language, me.settings.timeZone);
  const text = full ? long : formatDateTime(iso, language, me.settings.timeZone);
  return (
    <time dateTime={iso} title={long}>
      {children ? children(text) : text}
    </time>
  );
}

export const OPEN_STATUSES: ReadonlyArray<TicketSummary["status"]> = SHARED_OPEN_STATUSES;

/** ETA and deadline of an open ticket, as a short list of facts. */
export function TicketTiming({ ticket, since }: { ticket: TicketSummary; since: number }) {
  const t = useT();
  if (!OPEN_STATUSES.includes(ticket.status)) return null;
  return (
    <>
      {ticket.etaMinutes !== null ? <Eta minutes={ticket.etaMinutes} since={since} /> : null}
      {ticket.status === "waiting_customer" ? <span className="hint-inline">{t("ticket-waiting-for-you")}</span> : null}
      {ticket.resolutionDueAt ? (
        <span className="deadline" data-testid="deadline">
          <Time iso={ticket.resolutionDueAt}>{(date) => t("ticket-deadline", { date })}</Time>
        </span>
      ) : null}
    </>
  );
}

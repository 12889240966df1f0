import { publicStaffName } from "../staff/names.js";
import type { Db } from "../../db/index.js";
import type { Customer } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import type { Clock } from "../shared/clock.js";
import type { Notifier } from "../notifications.js";
import { ValidationError } from "../shared/errors.js";
import { isValidTimeZone } from "./quiet-hours.js";

export interface SettingsChange {
  languageCode?: string;
  timeZone?: string;
  notificationsEnabled?: boolean;
  quietHoursStart?: number | null;
  quietHoursEnd?: number | null;
  consent?: boolean;
}

export async function updateSettings(db: Db, clock: Clock, customerId: number, change: SettingsChange, languages: readonly string[]): Promise<Customer> {
  if (change.languageCode !== undefined && !languages.includes(change.languageCode)) {
    throw new ValidationError(`languageCode: we have texts for ${languages.join(", ")}`);
  }
  if (change.timeZone !== undefined && !isValidTimeZone(change.timeZone))
    throw new ValidationError(`timeZone: "${change.timeZone}" is not a time zone such as Europe/Berlin`);
  if ((change.quietHoursStart === null) !== (change.quietHoursEnd === null) && change.quietHoursStart !== undefined && change.quietHoursEnd !== undefined) {
    throw new ValidationError("quiet hours need both a start and an end (or neither)");
  }
  const now = clock.now();
  return db.customer.update({
    where: { id: customerId },
    data: {
      ...(change.languageCode !== undefined ? { languageCode: change.languageCode, languageChosen: true } : {}),
      ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
      ...(change.notificationsEnabled !== undefined ? { notificationsEnabled: change.notificationsEnabled } : {}),
      ...(change.quietHoursStart !== undefined ? { quietHoursStart: change.quietHoursStart } : {}),
      ...(change.quietHoursEnd !== undefined ? { quietHoursEnd: change.quietHoursEnd } : {}),
      ...(change.consent === true ? { consentAt: now, consentDeclinedAt: null } : change.consent === false ? { consentAt: null, consentDeclinedAt: now } : {}),
    },
  });
}

/** Everything stored about a customer, as they would want to read it (export my data). */
export async function exportCustomerData(db: Db, customerId: number) {
  const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
  const tickets = await db.ticket.findMany({
    where: { customerId },
    orderBy: { createdAt: "asc" },
    include: {
      messages: { where: { internal: false, held: false }, orderBy: { id: "asc" }, include: { staff: { select: { displayName: true } } } },
      events: { orderBy: { id: "asc" }, select: { type: true, createdAt: true } },
    },
  });
  const [ratings, selfService] = await Promise.all([
    db.rating.findMany({ where: { customerId } }),
    db.selfServiceOutcome.findMany({ where: { customerId }, orderBy: { id: "asc" } }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      telegramId: customer.telegramId.toString(),
      firstName: customer.firstName,
      lastName: customer.lastName,
      username: customer.username,
      languageCode: customer.languageCode,
      timeZone: customer.timeZone,
      notificationsEnabled: customer.notificationsEnabled,
      quietHours: customer.quietHoursStart === null ? null : { start: customer.quietHoursStart, end: customer.quietHoursEnd },
      consentAt: customer.consentAt?.toISOString() ?? null,
      createdAt: customer.createdAt.toISOString(),
    },
    tickets: tickets.map((t) => ({
      number: t.number,
      topic: t.topic,
      status: t.status,
      subject: t.subject,
      createdAt: t.createdAt.toISOString(),
      resolvedAt: t.resolvedAt?.toISOString() ?? null,
      summary: t.summary,
      messages: t.messages.map((m) => ({
        from: m.author === "staff" ? (publicStaffName(m.staff) ?? "support") : m.author,
        text: m.text,
        attachments: m.attachments,
        at: m.createdAt.toISOString(),
        editedAt: m.editedAt?.toISOString() ?? null,
      })),
      history: t.events.map((e) => ({ event: e.type, at: e.createdAt.toISOString() })),
    })),
    ratings: ratings.map((r) => ({ ticketId: r.ticketId, csat: r.csat, nps: r.nps, at: r.createdAt.toISOString() })),
    selfService: selfService.map((s) => ({ query: s.query, solved: s.solved, at: s.createdAt.toISOString() })),
  };
}

/**
 * Deletes a customer's data on their request: profile, tickets, messages, ratings, pending
 * messages to them. What remains is an audit row saying that it happened (without their data).
 */
export async function deleteCustomerData(deps: { db: Db; clock: Clock; notifier: Pick<Notifier, "forget"> }, customerId: number): Promise<void> {
  const { db, clock } = deps;
  const now = clock.now();
  await db.$transaction(async (tx) => {
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: customerId } });
    const tickets = await tx.ticket.findMany({ where: { customerId }, select: { id: true } });
    const ids = tickets.map((t) => t.id);
    await tx.rating.deleteMany({ where: { customerId } });
    await deps.notifier.forget(tx, customer.telegramId, ids);
    await tx.auditLog.updateMany({ where: { ticketId: { in: ids } }, data: { ticketId: null } });
    // An unfinished intake (intake_sessions) goes with the customer row (ON DELETE CASCADE).
    // Their tickets cascade, and with them messages, events, quality checks and reviews, macro uses.
    await tx.customer.delete({ where: { id: customerId } });
    await audit(tx, { staffId: null, action: "customer-data-deleted", data: { tickets: ids.length }, at: now });
  });
}

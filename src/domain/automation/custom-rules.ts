import { z } from "zod";
import type { DbClient, Prisma } from "../../db/index.js";
import type { Customer, Ticket } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import type { Notifier } from "../notifications.js";
import { queueRank } from "../routing/priority.js";
import { NotFoundError, ValidationError } from "../shared/errors.js";
import { moveTicketToQueue } from "../routing/move.js";
import { staffAlertTargets } from "../staff/audience.js";
import type { DeskSettings } from "../tickets/tickets.js";

// Rules an admin adds next to the built-in automations: when an event happens and the ticket
// matches the conditions, do one action. Kept in automation_rules (code "custom-..."), config JSON.

export const RULE_EVENTS = ["ticket-created", "customer-message"] as const;
export type RuleEvent = (typeof RULE_EVENTS)[number];

const priority = z.enum(["critical", "high", "normal", "low"]);

export const customRule = z.object({
  event: z.enum(RULE_EVENTS),
  when: z
    .object({
      topic: z.array(z.string()).min(1).optional(),
      queue: z.array(z.string()).min(1).optional(),
      priority: z.array(priority).min(1).optional(),
      vip: z.boolean().optional(),
      language: z
        .array(z.string().regex(/^[a-z]{2}$/))
        .min(1)
        .optional(),
      /** Any of these words in the customer's message (case-insensitive). */
      textContains: z.array(z.string().min(2)).min(1).optional(),
    })
    .default({}),
  then: z.discriminatedUnion("action", [
    z.object({ action: z.literal("set-priority"), priority }),
    z.object({ action: z.literal("move-queue"), queue: z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/) }),
    z.object({ action: z.literal("alert") }),
    /** A message to the customer, per language (English is the fallback); quiet hours apply. */
    z.object({
      action: z.literal("send-message"),
      text: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1).max(1000)).refine((t) => "en" in t, "an English text is needed as the fallback"),
    }),
  ]),
});
export type CustomRule = z.infer<typeof customRule>;

export interface RuleFacts {
  topic: string;
  queue: string;
  priority: string;
  vip: boolean;
  language: string;
  text: string;
}

/** Whether the rule's conditions hold; absent conditions always do. */
export function ruleMatches(rule: CustomRule, facts: RuleFacts): boolean {
  const w = rule.when;
  if (w.topic && !w.topic.includes(facts.topic)) return false;
  if (w.queue && !w.queue.includes(facts.queue)) return false;
  if (w.priority && !w.priority.includes(facts.priority as z.infer<typeof priority>)) return false;
  if (w.vip !== undefined && w.vip !== facts.vip) return false;
  if (w.language && !w.language.includes(facts.language)) return false;
  if (w.textContains) {
    const text = facts.text.toLowerCase();
    if (!w.textContains.some((word) => text.includes(word.toLowerCase()))) return false;
  }
  return true;
}

const CODE = /^custom-[a-z0-9-]{2,40}$/;

export async function saveCustomRule(db: DbClient, code: string, json: unknown, actorId: number, at: Date) {
  if (!CODE.test(code)) throw new ValidationError("a rule code looks like custom-vip-payments (lower-case letters, digits, -)");
  const parsed = customRule.safeParse(json);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => `${i.path.join(".") || "rule"}: ${i.message}`).join("; "));
  const config = parsed.data as unknown as Prisma.InputJsonValue;
  await db.automationRule.upsert({ where: { code }, create: { code, enabled: true, config }, update: { config } });
  await audit(db, { staffId: actorId, action: "rule-save", data: { code, rule: parsed.data }, at });
  return parsed.data;
}

export async function deleteCustomRule(db: DbClient, code: string, actorId: number, at: Date) {
  const deleted = await db.automationRule.deleteMany({ where: { code, AND: [{ code: { startsWith: "custom-" } }] } });
  if (!deleted.count) throw new NotFoundError("rule", { code });
  await audit(db, { staffId: actorId, action: "rule-delete", data: { code }, at });
}

export async function listCustomRules(db: DbClient) {
  const rows = await db.automationRule.findMany({ where: { code: { startsWith: "custom-" } }, orderBy: { code: "asc" } });
  return rows.map((r) => ({ code: r.code, enabled: r.enabled, rule: customRule.safeParse(r.config) }));
}

export interface RuleDeps {
  notifier: Notifier;
  settings: DeskSettings;
}

/**
 * Runs the enabled rules for an event on a ticket, inside the caller's transaction. Returns the
 * codes of the rules that fired (each recorded in the ticket's history).
 */
export async function applyCustomRules(
  deps: RuleDeps,
  tx: DbClient,
  event: RuleEvent,
  ticketId: number,
  text: string,
  now: Date,
  /** The enabled rules when the caller read them already (a new ticket's opening does). */
  enabled?: ReadonlyArray<{ code: string; config: unknown }>,
): Promise<string[]> {
  const rows = enabled ?? (await tx.automationRule.findMany({ where: { code: { startsWith: "custom-" }, enabled: true } }));
  if (!rows.length) return [];
  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { queue: true, customer: true } });
  const fired: string[] = [];
  for (const row of rows) {
    const parsed = customRule.safeParse(row.config);
    if (!parsed.success || parsed.data.event !== event) continue;
    const facts: RuleFacts = { topic: ticket.topic, queue: ticket.queue.code, priority: ticket.priority, vip: ticket.vip, language: ticket.language, text };
    if (!ruleMatches(parsed.data, facts)) continue;
    await act(deps, tx, ticket, parsed.data, row.code, event, now);
    await tx.ticketEvent.create({
      data: { ticketId, type: "rule-fired", actorType: "system", data: { rule: row.code, action: parsed.data.then.action }, createdAt: now },
    });
    fired.push(row.code);
  }
  return fired;
}

async function act(deps: RuleDeps, tx: DbClient, ticket: Ticket & { customer: Customer }, rule: CustomRule, code: string, event: RuleEvent, now: Date) {
  const then = rule.then;
  switch (then.action) {
    case "set-priority":
      await tx.ticket.update({ where: { id: ticket.id }, data: { priority: then.priority, queueRank: queueRank(then.priority, ticket.vip) } });
      return;
    case "move-queue": {
      const queue = await tx.queue.findFirst({ where: { code: then.queue, active: true } });
      if (!queue) return; // a rule pointing at a removed queue does nothing rather than fail the ticket
      // A ticket being opened is assigned and announced by its creation, after the rules.
      await moveTicketToQueue(deps, tx, ticket.id, {
        to: queue,
        kind: "rule",
        reason: code,
        actor: { type: "system", id: null },
        now,
        announce: event !== "ticket-created",
      });
      return;
    }
    case "alert":
      for (const r of await staffAlertTargets(tx, deps.settings)) {
        await deps.notifier.send(tx, r, { key: "staff-rule-alert", vars: { number: String(ticket.number), rule: code } }, { ticketId: ticket.id });
      }
      return;
    case "send-message": {
      const text = then.text[ticket.customer.languageCode] ?? then.text.en!;
      await deps.notifier.send(
        tx,
        ticket.customer,
        { key: "custom-rule-message", vars: { text }, automated: true },
        { ticketId: ticket.id, kind: "customer-notice" },
      );
      return;
    }
  }
}

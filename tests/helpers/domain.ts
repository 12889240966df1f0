import type { Db } from "../../src/db/index.js";
import type { Notice, Notifier, Recipient } from "../../src/domain/notifications.js";
import { ManualClock } from "../../src/domain/shared/clock.js";
import type { DeskSettings, TicketDeps } from "../../src/domain/tickets/tickets.js";
import { loadTexts } from "../../src/i18n/index.js";
import { DEFAULT_FORBIDDEN_WORDS } from "../../src/domain/quality/forbidden-words.js";
import { createOutboxNotifier } from "../../src/notify/notifier.js";

/** Domain services wired as desk.ts wires them, with a clock the test moves by hand. */
export function domainDeps(
  db: Db,
  settings: Partial<DeskSettings> = {},
  quiet: { start: number; end: number } | null = null,
): TicketDeps & { clock: ManualClock } {
  const texts = loadTexts("en");
  const clock = new ManualClock(new Date("2026-03-02T09:00:00Z"));
  return {
    db,
    clock,
    notifier: createOutboxNotifier({ t: texts.t, clock, defaultQuietHours: quiet }),
    settings: {
      unansweredAlertMinutes: 10,
      clarificationHours: 24,
      followUpHours: 48,
      followUpCloseHours: 24,
      npsSamplePercent: 0,
      forbiddenWords: DEFAULT_FORBIDDEN_WORDS,
      defaultLanguage: "en",
      ...settings,
    },
  };
}

let nextTelegramId = 1_000_000;
// Agents have first names: customers see them (a made-up "Agent <id>" would read as "Support").
const FIRST_NAMES = ["Anna", "Boris", "Chen", "Dana", "Emre", "Farah", "Goran", "Hana"];

export async function makeCustomer(db: Db, extra: { isVip?: boolean; languageCode?: string } = {}) {
  return db.customer.create({
    data: { telegramId: BigInt(nextTelegramId++), firstName: "Test", consentAt: new Date(), ...extra },
  });
}

export async function makeAgent(db: Db, queues: string[], extra: { onDuty?: boolean; maxConcurrent?: number; role?: "agent" | "supervisor" | "admin" } = {}) {
  const qs = await db.queue.findMany({ where: { code: { in: queues } } });
  return db.staffMember.create({
    data: {
      telegramId: BigInt(nextTelegramId++),
      displayName: FIRST_NAMES[nextTelegramId % FIRST_NAMES.length]!,
      onDuty: extra.onDuty ?? true,
      maxConcurrent: extra.maxConcurrent ?? 5,
      role: extra.role ?? "agent",
      queues: { create: qs.map((q) => ({ queueId: q.id })) },
    },
  });
}

/** Outbox texts sent to one chat, oldest first; `kind: null` keeps only alerts and notices. */
export async function outboxTexts(db: Db, chatId: bigint, filter: { kind?: string | null } = {}): Promise<string[]> {
  const rows = await db.outboxMessage.findMany({ where: { chatId, ...("kind" in filter ? { kind: filter.kind } : {}) }, orderBy: { id: "asc" } });
  return rows.map((r) => String((r.payload as { text?: string }).text ?? ""));
}

export type { Notice, Notifier, Recipient };

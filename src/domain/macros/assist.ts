import type { DbClient } from "../../db/index.js";

// Agent assist: the macros colleagues used most on tickets like this one (same topic, queue and
// language count most), offered as one-tap buttons when an agent takes a ticket.

/** Uses older than this say little about today's answers. */
const WINDOW_DAYS = 90;

export interface TicketLike {
  id: number;
  topic: string;
  queueId: number;
  language: string;
}

export async function recordMacroUse(db: DbClient, macroCode: string, ticket: TicketLike, staffId: number, at: Date): Promise<void> {
  await db.macroUse.create({
    data: { macroCode, ticketId: ticket.id, staffId, topic: ticket.topic, queueId: ticket.queueId, language: ticket.language, createdAt: at },
  });
}

export interface MacroSuggestion {
  code: string;
  title: string;
  uses: number;
}

/**
 * Up to `limit` macros by how often they were sent on similar tickets: a use on a ticket with the
 * same topic, queue and language weighs 3, same topic and language 2, same topic or same queue 1.
 * Titles in the agent's language.
 */
export async function suggestMacros(db: DbClient, ticket: Omit<TicketLike, "id">, agentLanguage: string, now: Date, limit = 3): Promise<MacroSuggestion[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const rows = await db.$queryRaw<Array<{ code: string; weight: bigint; uses: bigint }>>`
    SELECT u.macro_code AS code,
      sum(CASE
        WHEN u.topic = ${ticket.topic} AND u.queue_id = ${ticket.queueId} AND u.language = ${ticket.language} THEN 3
        WHEN u.topic = ${ticket.topic} AND u.language = ${ticket.language} THEN 2
        ELSE 1 END) AS weight,
      count(*) AS uses
    FROM macro_uses u
    JOIN macros m ON m.code = u.macro_code
    WHERE u.created_at >= ${since} AND (u.topic = ${ticket.topic} OR u.queue_id = ${ticket.queueId})
    GROUP BY u.macro_code
    ORDER BY weight DESC, uses DESC, u.macro_code
    LIMIT ${limit}`;
  if (!rows.length) return [];
  const macros = await db.macro.findMany({ where: { code: { in: rows.map((r) => r.code) } }, include: { translations: true } });
  return rows.map((r) => {
    const t = macros.find((m) => m.code === r.code)?.translations;
    const pick = t?.find((x) => x.lang === agentLanguage) ?? t?.find((x) => x.lang === "en") ?? t?.[0];
    return { code: r.code, title: pick?.title ?? r.code, uses: Number(r.uses) };
  });
}

import type { DbClient, Prisma } from "../../db/index.js";
import type { CommunityChat, CommunityMember } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import { rolesWith } from "../staff/permissions.js";
import { guardPolicy, readSettings, type CommunitySettings, type GuardPolicy } from "./policy.js";
import { SPAM_REASONS, type Reason, type Verdict } from "./judge.js";

// The community side's state: the chats the bot guards, their members (captcha, newcomer period,
// flood window), questions carried from the group to the private chat, and one event row per
// thing that happened (the figures are counted from them). Moderation actions also go to the
// audit log, like every other staff action.

export interface CommunityAdmin {
  id: number;
  name: string;
  username?: string;
}

export interface Community {
  chat: CommunityChat;
  settings: CommunitySettings;
  admins: CommunityAdmin[];
  topics: Record<string, number>;
}

const json = (v: unknown) => v as Prisma.InputJsonValue;

export async function setupCommunity(
  db: DbClient,
  input: {
    chatId: bigint;
    title: string;
    language: string;
    admins: CommunityAdmin[];
    topics: Record<string, number>;
    setupBy: bigint;
    staffId: number | null;
    at: Date;
  },
): Promise<Community> {
  const existing = await db.communityChat.findUnique({ where: { chatId: input.chatId } });
  const data = {
    title: input.title,
    language: input.language,
    admins: json(input.admins),
    topics: json({ ...(existing?.topics as object), ...input.topics }),
    setupBy: input.setupBy,
  };
  const chat = await db.communityChat.upsert({ where: { chatId: input.chatId }, create: { chatId: input.chatId, ...data }, update: data });
  await audit(db, {
    staffId: input.staffId,
    action: "community.setup",
    data: { chatId: String(input.chatId), by: String(input.setupBy), admins: input.admins.length },
    at: input.at,
  });
  return toCommunity(chat);
}

export async function changeSettings(
  db: DbClient,
  chatId: bigint,
  change: Partial<CommunitySettings>,
  by: { telegramId: bigint; staffId: number | null },
  at: Date,
): Promise<CommunitySettings> {
  const chat = await db.communityChat.findUniqueOrThrow({ where: { chatId } });
  const settings = readSettings({ ...readSettings(chat.settings), ...change });
  await db.communityChat.update({ where: { chatId }, data: { settings: json(settings) } });
  await audit(db, { staffId: by.staffId, action: "community.settings", data: { chatId: String(chatId), by: String(by.telegramId), change }, at });
  return settings;
}

function toCommunity(chat: CommunityChat): Community {
  return {
    chat,
    settings: readSettings(chat.settings),
    admins: (chat.admins ?? []) as unknown as CommunityAdmin[],
    topics: (chat.topics ?? {}) as Record<string, number>,
  };
}

export async function findCommunity(db: DbClient, chatId: bigint): Promise<Community | null> {
  const chat = await db.communityChat.findUnique({ where: { chatId } });
  return chat ? toCommunity(chat) : null;
}

/** What the guard protects from imitation: the chat's admins, the active team, the bot itself. */
export async function policyFor(db: DbClient, c: Community, bot: { id: number; names: string[] }): Promise<GuardPolicy & { team: Set<number> }> {
  const team = await db.staffMember.findMany({ where: { active: true }, select: { telegramId: true, displayName: true } });
  const policy = guardPolicy(c.settings, [
    ...c.admins.map((a) => ({ id: a.id, names: [a.name, ...(a.username ? [a.username] : [])] })),
    ...team.map((s) => ({ id: Number(s.telegramId), names: [s.displayName] })),
    { id: bot.id, names: bot.names },
  ]);
  // The chat's admins and the active team: trusted in the group (one query for both answers).
  return { ...policy, team: new Set([...c.admins.map((a) => a.id), ...team.map((s) => Number(s.telegramId))]) };
}

/** A member as the guard knows them; someone first seen talking joined before the bot was there. */
export async function memberOf(db: DbClient, chatId: bigint, userId: bigint, lang: string, settings: CommunitySettings, at: Date): Promise<CommunityMember> {
  const found = await db.communityMember.findUnique({ where: { chatId_userId: { chatId, userId } } });
  if (found) return found;
  const longAgo = new Date(at.getTime() - (settings.newcomerHours + 1) * 3_600_000);
  return db.communityMember.upsert({
    where: { chatId_userId: { chatId, userId } },
    create: { chatId, userId, status: "member", languageCode: lang, joinedAt: longAgo, messages: settings.newcomerMessages },
    update: {},
  });
}

export function findMember(db: DbClient, chatId: bigint, userId: bigint): Promise<CommunityMember | null> {
  return db.communityMember.findUnique({ where: { chatId_userId: { chatId, userId } } });
}

/** The team members who hear about clones, spam, reports and appeals. */
export function teamModerators(db: DbClient) {
  return db.staffMember.findMany({
    where: { active: true, role: { in: rolesWith("community.moderate") } },
    select: { telegramId: true, languageCode: true },
  });
}

/** A clone of the team seen as it joins: held, and counted with the spam. */
export async function flagCloneOnArrival(db: DbClient, chatId: bigint, userId: bigint, lang: string, at: Date): Promise<void> {
  await db.communityMember.upsert({
    where: { chatId_userId: { chatId, userId } },
    create: { chatId, userId, status: "muted", joinedAt: at, flaggedAt: at, languageCode: lang },
    update: { status: "muted", flaggedAt: at },
  });
  await recordEvent(db, { chatId, userId, kind: "spam", data: { reason: "impersonation", on: "join" }, at });
  await audit(db, { staffId: null, action: "community.restrict", data: { chatId: String(chatId), userId: String(userId), reason: "impersonation" }, at });
}

export async function recordEvent(
  db: DbClient,
  e: { chatId: bigint; userId?: bigint | null; kind: string; data?: Record<string, unknown>; at: Date },
): Promise<void> {
  await db.communityEvent.create({ data: { chatId: e.chatId, userId: e.userId ?? null, kind: e.kind, data: json(e.data ?? {}), createdAt: e.at } });
}

// --- Captcha -----------------------------------------------------------------------------------

export const CAPTCHA_CHOICES = 4;

export async function startCaptcha(
  db: DbClient,
  input: { chatId: bigint; userId: bigint; lang: string; answer: number; viaRequest: boolean; settings: CommunitySettings; at: Date },
): Promise<void> {
  const deadline = new Date(input.at.getTime() + input.settings.captchaSeconds * 1000);
  const data = {
    status: "captcha",
    languageCode: input.lang,
    joinedAt: input.at,
    messages: 0,
    captchaAnswer: input.answer,
    captchaDeadline: deadline,
    captchaMessageId: null,
    viaRequest: input.viaRequest,
  };
  await db.communityMember.upsert({
    where: { chatId_userId: { chatId: input.chatId, userId: input.userId } },
    create: { chatId: input.chatId, userId: input.userId, ...data },
    update: data,
  });
  await recordEvent(db, { chatId: input.chatId, userId: input.userId, kind: "captcha-start", at: input.at });
}

export async function noteCaptchaMessage(db: DbClient, chatId: bigint, userId: bigint, messageId: number): Promise<void> {
  await db.communityMember.updateMany({ where: { chatId, userId, status: "captcha" }, data: { captchaMessageId: messageId } });
}

export type CaptchaResult = { outcome: "passed" | "failed"; member: CommunityMember } | { outcome: "none" };

/** The newcomer's answer; only the first one counts (the row leaves "captcha" in the same statement). */
export async function answerCaptcha(db: DbClient, chatId: bigint, userId: bigint, choice: number, at: Date): Promise<CaptchaResult> {
  const member = await db.communityMember.findUnique({ where: { chatId_userId: { chatId, userId } } });
  if (!member || member.status !== "captcha") return { outcome: "none" };
  const passed = member.captchaAnswer === choice && (!member.captchaDeadline || member.captchaDeadline >= at);
  const claimed = await db.communityMember.updateMany({
    where: { chatId, userId, status: "captcha" },
    data: passed ? { status: "member", joinedAt: at, captchaDeadline: null } : { status: "left", captchaDeadline: null },
  });
  if (!claimed.count) return { outcome: "none" };
  await recordEvent(db, { chatId, userId, kind: passed ? "captcha-pass" : "captcha-fail", at });
  return { outcome: passed ? "passed" : "failed", member };
}

/** Newcomers whose time ran out, claimed once across instances: the caller removes them. */
export async function claimExpiredCaptchas(db: DbClient, at: Date, limit = 50): Promise<CommunityMember[]> {
  const due = await db.communityMember.findMany({ where: { status: "captcha", captchaDeadline: { lt: at } }, take: limit });
  const claimed: CommunityMember[] = [];
  for (const m of due) {
    const r = await db.communityMember.updateMany({
      where: { chatId: m.chatId, userId: m.userId, status: "captcha" },
      data: { status: "left", captchaDeadline: null },
    });
    if (!r.count) continue;
    await recordEvent(db, { chatId: m.chatId, userId: m.userId, kind: "captcha-timeout", at });
    claimed.push(m);
  }
  return claimed;
}

export async function memberLeft(db: DbClient, chatId: bigint, userId: bigint): Promise<void> {
  await db.communityMember.updateMany({ where: { chatId, userId, status: { in: ["member", "captcha"] } }, data: { status: "left", captchaDeadline: null } });
}

// --- Messages ----------------------------------------------------------------------------------

/** A judged message: the member's counters move on and the figures get their row. */
export async function recordJudged(db: DbClient, chatId: bigint, userId: bigint, verdict: Verdict, at: Date): Promise<void> {
  const allowed = verdict.action === "allow";
  await db.communityMember.update({
    where: { chatId_userId: { chatId, userId } },
    data: {
      floodStartedAt: verdict.flood.startedAt,
      floodCount: verdict.flood.count,
      ...(allowed ? { messages: { increment: 1 } } : {}),
      ...(verdict.action === "restrict" ? { status: "muted" } : {}),
      ...(verdict.reason === "impersonation" ? { flaggedAt: at } : {}),
    },
  });
  await recordEvent(db, {
    chatId,
    userId,
    kind: allowed ? "message" : verdict.reason && SPAM_REASONS.has(verdict.reason) ? "spam" : "blocked",
    data: verdict.reason ? { reason: verdict.reason, ...(verdict.imitates ? { imitates: verdict.imitates } : {}) } : {},
    at,
  });
  if (!allowed)
    await audit(db, {
      staffId: null,
      action: `community.${verdict.action}`,
      data: { chatId: String(chatId), userId: String(userId), reason: verdict.reason },
      at,
    });
}

// --- Moderation --------------------------------------------------------------------------------

export type ModAction = "warn" | "mute" | "ban" | "unban" | "lift" | "approve" | "decline";

/** A moderator's action (or an appeal's outcome): the member's state, an event and an audit row. */
export async function recordModeration(
  db: DbClient,
  input: { chatId: bigint; userId: bigint; action: ModAction; byTelegramId: bigint; staffId: number | null; reason?: string; at: Date },
): Promise<{ warnings: number }> {
  const status =
    input.action === "ban"
      ? "banned"
      : input.action === "mute"
        ? "muted"
        : input.action === "unban" || input.action === "lift" || input.action === "approve"
          ? "member"
          : input.action === "decline"
            ? "left"
            : undefined;
  const member = await db.communityMember.upsert({
    where: { chatId_userId: { chatId: input.chatId, userId: input.userId } },
    create: { chatId: input.chatId, userId: input.userId, status: status ?? "member", joinedAt: input.at, warnings: input.action === "warn" ? 1 : 0 },
    update: {
      ...(status ? { status } : {}),
      ...(input.action === "warn" ? { warnings: { increment: 1 } } : {}),
      ...(input.action === "lift" ? { flaggedAt: null } : {}),
    },
  });
  await recordEvent(db, {
    chatId: input.chatId,
    userId: input.userId,
    kind: input.action,
    data: { by: String(input.byTelegramId), ...(input.reason ? { reason: input.reason } : {}) },
    at: input.at,
  });
  await audit(db, {
    staffId: input.staffId,
    action: `community.${input.action}`,
    data: { chatId: String(input.chatId), userId: String(input.userId), by: String(input.byTelegramId), ...(input.reason ? { reason: input.reason } : {}) },
    at: input.at,
  });
  return { warnings: member.warnings };
}

// --- Questions carried to the private chat -----------------------------------------------------

export async function saveQuestion(
  db: DbClient,
  q: { chatId: bigint; messageId: number; userId: bigint; text: string; via: "question" | "staff"; at: Date },
): Promise<number> {
  const row = await db.communityQuestion.upsert({
    where: { chatId_messageId: { chatId: q.chatId, messageId: q.messageId } },
    create: { chatId: q.chatId, messageId: q.messageId, userId: q.userId, text: q.text.slice(0, 4000), via: q.via, createdAt: q.at },
    update: {},
  });
  await recordEvent(db, {
    chatId: q.chatId,
    userId: q.userId,
    kind: q.via === "staff" ? "ticket-request" : "question",
    data: { questionId: row.id },
    at: q.at,
  });
  return row.id;
}

/**
 * The question behind a "Continue privately" link, for the person who asked it (a link passed on
 * to someone else carries nothing: the words stay with their author).
 */
export async function claimQuestion(db: DbClient, id: number, telegramId: bigint, at: Date): Promise<string | null> {
  const q = await db.communityQuestion.findUnique({ where: { id } });
  if (!q || q.userId !== telegramId) return null;
  if (!q.claimedAt) await db.communityQuestion.update({ where: { id }, data: { claimedAt: at } });
  return q.text;
}

/** A question staff filed as a ticket directly. */
export async function questionBecameTicket(db: DbClient, questionId: number, ticketId: number): Promise<void> {
  await db.communityQuestion.update({ where: { id: questionId }, data: { ticketId } });
}

// --- Figures -----------------------------------------------------------------------------------

export interface CommunityFigures {
  messages: number;
  spam: number;
  blocked: number;
  /** spam / (messages + spam + blocked): the goal is below 0.005. */
  spamShare: number;
  captchaStarted: number;
  captchaPassed: number;
  captchaFailed: number;
  /** passed / (passed + failed + timed out); null before any captcha was finished. */
  captchaPassRate: number | null;
  questions: number;
  questionsTurnedIntoTickets: number;
  moderation: Partial<Record<ModAction, number>>;
  reports: number;
}

/** The community's numbers for a period, for the manager's pages and the daily digest. */
export async function communityFigures(db: DbClient, range: { since: Date; until: Date; chatId?: bigint }): Promise<CommunityFigures> {
  const where = { createdAt: { gte: range.since, lt: range.until }, ...(range.chatId !== undefined ? { chatId: range.chatId } : {}) };
  const groups = await db.communityEvent.groupBy({ by: ["kind"], where, _count: { _all: true } });
  const n = (kind: string) => groups.find((g) => g.kind === kind)?._count._all ?? 0;
  const judged = n("message") + n("spam") + n("blocked");
  const finished = n("captcha-pass") + n("captcha-fail") + n("captcha-timeout");
  // Turned into a ticket: filed directly by staff, or a ticket its author opened within a day of
  // following the "Continue privately" link.
  const chat = range.chatId ?? null;
  const rows = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM community_questions q
    WHERE q.created_at >= ${range.since} AND q.created_at < ${range.until} AND (${chat}::bigint IS NULL OR q.chat_id = ${chat}::bigint)
      AND (q.ticket_id IS NOT NULL OR (q.claimed_at IS NOT NULL AND EXISTS (
        SELECT 1 FROM tickets t JOIN customers c ON c.id = t.customer_id
        WHERE c.telegram_id = q.user_id AND t.created_at >= q.claimed_at AND t.created_at < q.claimed_at + interval '1 day')))`;
  const turned = Number(rows[0]?.n ?? 0);
  const moderation: Partial<Record<ModAction, number>> = {};
  for (const a of ["warn", "mute", "ban", "unban", "lift", "approve", "decline"] as const) if (n(a)) moderation[a] = n(a);
  return {
    messages: judged,
    spam: n("spam"),
    blocked: n("blocked"),
    spamShare: judged ? n("spam") / judged : 0,
    captchaStarted: n("captcha-start"),
    captchaPassed: n("captcha-pass"),
    captchaFailed: n("captcha-fail") + n("captcha-timeout"),
    captchaPassRate: finished ? n("captcha-pass") / finished : null,
    questions: n("question") + n("ticket-request"),
    questionsTurnedIntoTickets: turned,
    moderation,
    reports: n("report"),
  };
}

export type { Reason };

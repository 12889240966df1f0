import { z } from "zod";
import type { Db, DbClient } from "../../db/index.js";
import type { StaffMember, StaffRole } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import { NotFoundError, ValidationError } from "../shared/errors.js";
import { checkPublicName, isPlaceholderName } from "./names.js";

export const STAFF_ROLES = ["agent", "supervisor", "admin", "editor", "moderator", "analyst"] as const;

export function findStaff(db: DbClient, telegramId: bigint) {
  return db.staffMember.findFirst({ where: { telegramId, active: true } });
}

// What each role may do is the permission table (./permissions.ts), not an order of roles.

/** Codes of the queues a staff member works in. */
export async function queuesOf(db: DbClient, staffId: number): Promise<string[]> {
  const rows = await db.staffQueue.findMany({ where: { staffId, queue: { active: true } }, include: { queue: { select: { code: true } } } });
  return rows.map((r) => r.queue.code).sort();
}

export async function setDuty(db: DbClient, staffId: number, onDuty: boolean, at: Date) {
  const staff = await db.staffMember.update({ where: { id: staffId }, data: { onDuty } });
  await audit(db, { staffId, action: onDuty ? "duty-on" : "duty-off", at });
  return staff;
}

/** "@username" (of someone who has written to the bot) or a numeric Telegram id -> that person's id. */
export async function resolveTelegramId(db: DbClient, handle: string): Promise<bigint | null> {
  const h = handle.trim();
  if (/^\d{3,15}$/.test(h)) return BigInt(h);
  const username = h.replace(/^@/, "");
  if (!/^\w{3,32}$/.test(username)) return null;
  const customer = await db.customer.findFirst({ where: { username: { equals: username, mode: "insensitive" } } });
  return customer?.telegramId ?? null;
}

export async function findStaffByHandle(db: DbClient, handle: string): Promise<StaffMember | null> {
  const id = await resolveTelegramId(db, handle);
  return id === null ? null : findStaff(db, id);
}

export const staffChange = z
  .object({
    role: z.enum(STAFF_ROLES),
    queues: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/)).max(20),
    maxConcurrent: z.number().int().min(0).max(100),
    displayName: z.string().trim().min(1).max(64),
  })
  .partial();
export type StaffChange = z.infer<typeof staffChange>;

/** "role=agent queues=L1,L2 limit=5 name=Anna K." -> a change (validated in saveStaff). */
export function parseStaffArgs(text: string): StaffChange {
  const change: StaffChange = {};
  const nameAt = text.indexOf("name=");
  const head = nameAt >= 0 ? text.slice(0, nameAt) : text;
  if (nameAt >= 0) change.displayName = text.slice(nameAt + 5).trim();
  for (const part of head.trim().split(/\s+/).filter(Boolean)) {
    const [key, value] = part.split("=");
    if (!key || value === undefined) throw new ValidationError(`"${part}" is not key=value`);
    if (key === "role") change.role = value as StaffRole;
    else if (key === "queues")
      change.queues = value
        .split(",")
        .filter(Boolean)
        .map((q) => q.toUpperCase());
    else if (key === "limit") change.maxConcurrent = Number(value);
    else throw new ValidationError(`unknown setting "${key}" (role, queues, limit, name)`);
  }
  return change;
}

/**
 * Adds a staff member or changes one; their language follows their Telegram language when known.
 * One transaction holding the person's row: the queue list is replaced whole, so a failure half-way
 * must not leave them in no queue, and two admins saving at once must not interleave.
 */
export async function saveStaff(db: Db, actorId: number, telegramId: bigint, change: StaffChange, at: Date): Promise<StaffMember> {
  const parsed = staffChange.safeParse(change);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const c = { ...parsed.data, ...(parsed.data.displayName !== undefined ? { displayName: checkPublicName(parsed.data.displayName) } : {}) };
  const queues = c.queues ? await db.queue.findMany({ where: { code: { in: c.queues } } }) : undefined;
  if (c.queues && queues!.length !== c.queues.length) {
    const missing = c.queues.filter((q) => !queues!.some((x) => x.code === q));
    // Name what exists: a wrong code is usually a guess ("SEC" for SECURITY).
    const existing = (await db.queue.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true } })).map(
      (q) => q.code,
    );
    throw new ValidationError(`no queue ${missing.join(", ")}; the queues are ${existing.join(", ")}`, { codes: missing });
  }
  const customer = await db.customer.findUnique({ where: { telegramId } });
  return db.$transaction(async (tx) => {
    await lockStaffRow(tx, { telegramId });
    const staff = await tx.staffMember.upsert({
      where: { telegramId },
      create: {
        telegramId,
        // Their Telegram first name when they have written to the bot; until then customers see
        // "Support" (see names.ts).
        displayName: c.displayName ?? (customer && !isPlaceholderName(customer.firstName) ? customer.firstName : `Agent ${telegramId}`),
        role: c.role ?? "agent",
        maxConcurrent: c.maxConcurrent ?? 5,
        languageCode: customer?.languageCode ?? "en",
      },
      update: {
        active: true,
        ...(c.displayName ? { displayName: c.displayName } : {}),
        ...(c.role ? { role: c.role } : {}),
        ...(c.maxConcurrent !== undefined ? { maxConcurrent: c.maxConcurrent } : {}),
      },
    });
    if (queues) {
      await tx.staffQueue.deleteMany({ where: { staffId: staff.id } });
      if (queues.length) await tx.staffQueue.createMany({ data: queues.map((q) => ({ staffId: staff.id, queueId: q.id })) });
    }
    await audit(tx, { staffId: actorId, action: "staff-save", data: { telegramId: telegramId.toString(), ...c }, at });
    return staff;
  });
}

/**
 * Puts a staff member in one queue or takes them out of it, leaving their other queues alone: two
 * admins switching different queues at once both get their change (a whole new list computed from
 * what each saw would lose one). Returns whether they now work in the queue.
 */
export async function toggleStaffQueue(db: Db, actorId: number, staffId: number, queueCode: string, at: Date): Promise<{ member: boolean }> {
  return db.$transaction(async (tx) => {
    const staff = await lockStaffRow(tx, { id: staffId });
    if (!staff?.active) throw new NotFoundError("staff member", { staffId });
    const queue = await tx.queue.findUnique({ where: { code: queueCode } });
    if (!queue) throw new NotFoundError("queue", { code: queueCode });
    const removed = await tx.staffQueue.deleteMany({ where: { staffId, queueId: queue.id } });
    const member = removed.count === 0;
    if (member) await tx.staffQueue.create({ data: { staffId, queueId: queue.id } });
    await audit(tx, { staffId: actorId, action: "staff-save", data: { telegramId: staff.telegramId.toString(), queue: queueCode, member }, at });
    return { member };
  });
}

/** Holds a staff row until the transaction ends (nothing is held when there is no such row yet). */
async function lockStaffRow(tx: DbClient, by: { id: number } | { telegramId: bigint }): Promise<{ id: number; telegramId: bigint; active: boolean } | null> {
  const rows =
    "id" in by
      ? await tx.$queryRaw<Array<{ id: number; telegram_id: bigint; active: boolean }>>`
          SELECT id, telegram_id, active FROM staff_members WHERE id = ${by.id} FOR UPDATE`
      : await tx.$queryRaw<Array<{ id: number; telegram_id: bigint; active: boolean }>>`
          SELECT id, telegram_id, active FROM staff_members WHERE telegram_id = ${by.telegramId} FOR UPDATE`;
  const r = rows[0];
  return r ? { id: r.id, telegramId: BigInt(r.telegram_id), active: r.active } : null;
}

export async function removeStaff(db: DbClient, actorId: number, telegramId: bigint, at: Date): Promise<StaffMember> {
  const staff = await db.staffMember.findUnique({ where: { telegramId } });
  if (!staff || !staff.active) throw new NotFoundError("staff member", { telegramId: telegramId.toString() });
  const updated = await db.staffMember.update({ where: { id: staff.id }, data: { active: false, onDuty: false } });
  await audit(db, { staffId: actorId, action: "staff-remove", data: { telegramId: telegramId.toString() }, at });
  return updated;
}

export function listStaff(db: DbClient) {
  return db.staffMember.findMany({
    where: { active: true },
    include: { queues: { include: { queue: { select: { code: true } } } } },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
  });
}

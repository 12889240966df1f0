import { z } from "zod";
import type { DbClient } from "../../db/index.js";
import { audit } from "../audit/audit.js";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors.js";
import { formatWorkingHours, parseWorkingHours } from "./working-hours.js";

export const queueCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/, "a queue code is 2-20 capital letters, digits or _");

export const queuePolicyChange = z
  .object({
    firstResponseMinutes: z.number().int().min(1).max(10_080),
    resolutionMinutes: z.number().int().min(1).max(100_000).nullable(),
    warnBeforeMinutes: z.number().int().min(0).max(1_440),
    escalateToCode: queueCode.nullable(),
    name: z.string().trim().min(1).max(80),
    active: z.boolean(),
    /** Canonical working hours ("mon-fri 09:00-18:00"), or null for 24/7. */
    workingHours: z.string().max(200).nullable(),
  })
  .partial();
export type QueuePolicyChange = z.infer<typeof queuePolicyChange>;

/** Takes every new ticket whose own queue is paused: it is never paused itself. */
export const FALLBACK_QUEUE = "L1";

export function listQueues(db: DbClient) {
  return db.queue.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

/** Who changed a queue, for the audit log (every staff action leaves a row). */
export interface QueueActor {
  staffId: number;
  at: Date;
}

export async function updateQueue(db: DbClient, code: string, change: QueuePolicyChange, actor?: QueueActor) {
  const parsed = queuePolicyChange.safeParse(change);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const queue = await db.queue.findUnique({ where: { code } });
  if (!queue) throw new NotFoundError("queue", { code });
  if (parsed.data.active === false && code === FALLBACK_QUEUE) throw new ValidationError(`${code} takes the tickets of paused queues: it cannot be paused`);
  if (parsed.data.escalateToCode) {
    if (parsed.data.escalateToCode === code) throw new ValidationError("a queue cannot escalate to itself");
    if (!(await db.queue.findUnique({ where: { code: parsed.data.escalateToCode } }))) throw new NotFoundError("queue", { code: parsed.data.escalateToCode });
  }
  const updated = await db.queue.update({ where: { code }, data: parsed.data });
  if (actor) await audit(db, { staffId: actor.staffId, action: "queue-update", data: { code, ...parsed.data }, at: actor.at });
  return updated;
}

/** Extra queues (by region, language...) start with the L1 policy and are tuned with updateQueue. */
export async function addQueue(db: DbClient, code: string, name: string, actor?: QueueActor) {
  const c = queueCode.safeParse(code);
  if (!c.success) throw new ValidationError(c.error.issues[0]!.message);
  if (await db.queue.findUnique({ where: { code } })) throw new ConflictError("queue-exists", `Queue ${code} already exists`);
  const base = await db.queue.findUnique({ where: { code: "L1" } });
  const created = await db.queue.create({
    data: {
      code,
      name: name.trim().slice(0, 80) || code,
      firstResponseMinutes: base?.firstResponseMinutes ?? 15,
      resolutionMinutes: base?.resolutionMinutes ?? 240,
      warnBeforeMinutes: base?.warnBeforeMinutes ?? 5,
      escalateToCode: base?.escalateToCode ?? null,
      sortOrder: 50,
    },
  });
  if (actor) await audit(db, { staffId: actor.staffId, action: "queue-add", data: { code, name: created.name }, at: actor.at });
  return created;
}

/**
 * "first=15 resolution=none warn=5 escalate=L2 hours=mon-fri 09:00-18:00" -> a policy change
 * (validated by updateQueue). hours= takes the rest of the line, like a name.
 */
export function parsePolicyArgs(text: string): QueuePolicyChange {
  const change: QueuePolicyChange = {};
  const hoursAt = text.search(/(^|\s)hours=/);
  const head = hoursAt >= 0 ? text.slice(0, hoursAt) : text;
  if (hoursAt >= 0) {
    const hours = parseWorkingHours(text.slice(text.indexOf("hours=", hoursAt) + 6));
    change.workingHours = hours === null ? null : formatWorkingHours(hours);
  }
  for (const part of head.trim().split(/\s+/).filter(Boolean)) {
    const [key, value] = part.split("=");
    if (!key || value === undefined) throw new ValidationError(`"${part}" is not key=value`);
    const minutes = () => {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new ValidationError(`${key} needs a whole number of minutes`);
      return n;
    };
    if (key === "first") change.firstResponseMinutes = minutes();
    else if (key === "resolution") change.resolutionMinutes = value === "none" ? null : minutes();
    else if (key === "warn") change.warnBeforeMinutes = minutes();
    else if (key === "escalate") change.escalateToCode = value === "none" ? null : value.toUpperCase();
    else throw new ValidationError(`unknown setting "${key}" (first, resolution, warn, escalate, hours)`);
  }
  return change;
}

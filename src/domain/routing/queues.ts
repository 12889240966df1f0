import { z } from "zod";
import type { DbClient } from "../../db/index.js";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors.js";

export const queueCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/, "a queue code is 2-20 capital letters, digits or _");

export const queuePolicyChange = z
  .object({
    firstResponseMinutes: z.number().int().min(1).max(10_080),
    resolutionMinutes: z.number().int().min(1).max(100_000).nullable(),
    warnBeforeMinutes: z.number().int().min(0).max(1_440),
    escalateToCode: queueCode.nullable(),
    name: z.string().trim().min(1).max(80),
    active: z.boolean(),
  })
  .partial();
export type QueuePolicyChange = z.infer<typeof queuePolicyChange>;

export function listQueues(db: DbClient) {
  return db.queue.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

export async function updateQueue(db: DbClient, code: string, change: QueuePolicyChange) {
  const parsed = queuePolicyChange.safeParse(change);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const queue = await db.queue.findUnique({ where: { code } });
  if (!queue) throw new NotFoundError("queue", { code });
  if (parsed.data.escalateToCode) {
    if (parsed.data.escalateToCode === code) throw new ValidationError("a queue cannot escalate to itself");
    if (!(await db.queue.findUnique({ where: { code: parsed.data.escalateToCode } }))) throw new NotFoundError("queue", { code: parsed.data.escalateToCode });
  }
  return db.queue.update({ where: { code }, data: parsed.data });
}

/** Extra queues (by region, language...) start with the L1 policy and are tuned with updateQueue. */
export async function addQueue(db: DbClient, code: string, name: string) {
  const c = queueCode.safeParse(code);
  if (!c.success) throw new ValidationError(c.error.issues[0]!.message);
  if (await db.queue.findUnique({ where: { code } })) throw new ConflictError("queue-exists", `Queue ${code} already exists`);
  const base = await db.queue.findUnique({ where: { code: "L1" } });
  return db.queue.create({
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
}

/** "first=15 resolution=none warn=5 escalate=L2" -> a policy change (validated by updateQueue). */
export function parsePolicyArgs(text: string): QueuePolicyChange {
  const change: QueuePolicyChange = {};
  for (const part of text.trim().split(/\s+/).filter(Boolean)) {
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
    else throw new ValidationError(`unknown setting "${key}" (first, resolution, warn, escalate)`);
  }
  return change;
}

import type { DbClient } from "../../db/index.js";
import { OPEN_STATUSES } from "./types.js";

/** Unassigned work in the agent's queues, in the order it should be taken. */
export async function listQueueForStaff(db: DbClient, staffId: number, take = 15) {
  const queues = await db.staffQueue.findMany({ where: { staffId }, select: { queueId: true } });
  return db.ticket.findMany({
    where: { queueId: { in: queues.map((q) => q.queueId) }, assigneeId: null, status: { in: ["new", "in_progress"] } },
    orderBy: [{ queueRank: "asc" }, { createdAt: "asc" }, { topicRank: "asc" }],
    take,
    include: { queue: { select: { code: true } } },
  });
}

export function listMine(db: DbClient, staffId: number) {
  return db.ticket.findMany({
    where: { assigneeId: staffId, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ queueRank: "asc" }, { createdAt: "asc" }],
    take: 30,
  });
}

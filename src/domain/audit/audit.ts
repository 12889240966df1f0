import type { DbClient, Prisma } from "../../db/index.js";

/** Records a staff action; call it in the same transaction as the action itself. */
export async function audit(
  db: DbClient,
  entry: { staffId: number | null; action: string; ticketId?: number | null; data?: Record<string, unknown>; at: Date },
): Promise<void> {
  await db.auditLog.create({
    data: {
      staffId: entry.staffId,
      action: entry.action,
      ticketId: entry.ticketId ?? null,
      data: (entry.data ?? {}) as Prisma.InputJsonValue,
      createdAt: entry.at,
    },
  });
}

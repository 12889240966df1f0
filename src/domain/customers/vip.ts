import type { Customer } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import { moveTicketToQueue } from "../routing/move.js";
import { queueRank } from "../routing/priority.js";
import { VIP_QUEUE } from "../routing/queue-choice.js";
import { SECURITY_QUEUE } from "../classification/classify.js";
import { ForbiddenError, ValidationError } from "../shared/errors.js";
import { can } from "../staff/permissions.js";
import { resolveTelegramId } from "../staff/staff.js";
import type { TicketDeps } from "../tickets/tickets.js";
import { OPEN_STATUSES } from "../tickets/types.js";
import type { StaffMember } from "../../db/generated/client.js";

// VIP customers: marked by admins and supervisors (one at a time or a whole list of Telegram
// ids). Their new tickets go to the VIP queue with its SLA and rank ahead of others; their open
// tickets not yet answered move there at once. Every change leaves an audit row.

/** At most this many ids in one bulk change (a message's worth). */
export const VIP_BULK_MAX = 500;

export interface VipChange {
  /** Customers whose mark changed. */
  changed: Customer[];
  /** Already as asked. */
  unchanged: Customer[];
  /** Handles that name nobody the desk knows (an @username never seen). */
  unknown: string[];
}

/** "@anna 123456789, 987654321" -> the handles, in order, without repeats. */
export function parseVipTargets(text: string): string[] {
  const handles = text
    .split(/[\s,;]+/)
    .map((h) => h.trim())
    .filter(Boolean);
  return [...new Set(handles)];
}

/**
 * Marks (or unmarks) customers as VIP. A numeric id of someone who has not written yet is kept
 * for them: their first request is already VIP.
 */
export async function setVip(deps: TicketDeps, actor: Pick<StaffMember, "id" | "role">, handles: string[], vip: boolean): Promise<VipChange> {
  if (!can(actor, "customers.vip")) throw new ForbiddenError("Only supervisors and admins can change VIP status");
  if (!handles.length) throw new ValidationError("name at least one customer: @username or Telegram id");
  if (handles.length > VIP_BULK_MAX) throw new ValidationError(`at most ${VIP_BULK_MAX} customers at once`);
  const now = deps.clock.now();
  const ids: bigint[] = [];
  const unknown: string[] = [];
  for (const h of handles) {
    const id = await resolveTelegramId(deps.db, h);
    if (id === null) unknown.push(h);
    else ids.push(id);
  }
  return deps.db.$transaction(async (tx) => {
    const result: VipChange = { changed: [], unchanged: [], unknown };
    for (const telegramId of ids) {
      const before = await tx.customer.findUnique({ where: { telegramId } });
      if (before?.isVip === vip) {
        result.unchanged.push(before);
        continue;
      }
      // Someone who never wrote: a row that their first message fills in (name, language).
      const customer = before
        ? await tx.customer.update({ where: { id: before.id }, data: { isVip: vip } })
        : await tx.customer.create({ data: { telegramId, firstName: "—", isVip: vip } });
      await audit(tx, { staffId: actor.id, action: vip ? "vip-on" : "vip-off", data: { customerId: customer.id, telegramId: telegramId.toString() }, at: now });
      result.changed.push(customer);

      const vipQueue = vip ? await tx.queue.findFirst({ where: { code: VIP_QUEUE, active: true } }) : null;
      const open = await tx.ticket.findMany({ where: { customerId: customer.id, status: { in: [...OPEN_STATUSES] } }, include: { queue: true } });
      for (const ticket of open) {
        await tx.ticket.update({ where: { id: ticket.id }, data: { vip, queueRank: queueRank(ticket.priority, vip) } });
        // Waiting for a first answer: the VIP queue's SLA applies now. Security keeps its own queue,
        // and a ticket someone already answered stays with them.
        if (vipQueue && !ticket.firstRespondedAt && ticket.queue.code !== SECURITY_QUEUE && ticket.queueId !== vipQueue.id) {
          await moveTicketToQueue(deps, tx, ticket.id, { to: vipQueue, kind: "vip", reason: "vip", actor: { type: "staff", id: actor.id }, now });
        }
      }
    }
    return result;
  });
}

export function listVips(deps: Pick<TicketDeps, "db">, take = 50) {
  return deps.db.customer.findMany({ where: { isVip: true }, orderBy: { updatedAt: "desc" }, take });
}

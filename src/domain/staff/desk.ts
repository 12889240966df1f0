import type { Sql } from "../../db/index.js";
import type { StaffMember } from "../../db/generated/client.js";
import { moveToQueue, transferToAgent } from "../tickets/agent-actions.js";
import type { TicketDeps } from "../tickets/tickets.js";
import { NotFoundError } from "../shared/errors.js";
import { permissionsOf, requirePermission, type Permission } from "./permissions.js";

// The manager's side, as the doors (API, bot) call it: who is this staff member, and the
// supervisor's moves from the live board. Every use case checks the permission table first.

export interface StaffIdentity {
  id: number;
  name: string;
  role: StaffMember["role"];
  languageCode: string;
  permissions: Permission[];
}

/** The active staff member behind a Telegram user, or null (a customer). */
export async function staffByTelegramId(sql: Sql, telegramId: number | bigint): Promise<StaffMember | null> {
  const { rows } = await sql.query(
    `SELECT id, telegram_id AS "telegramId", display_name AS "displayName", role::text AS role, on_duty AS "onDuty",
            max_concurrent AS "maxConcurrent", language_code AS "languageCode", active, created_at AS "createdAt", updated_at AS "updatedAt"
     FROM staff_members WHERE telegram_id = $1 AND active`,
    [String(telegramId)],
  );
  return (rows[0] as StaffMember | undefined) ?? null;
}

export function identityOf(staff: StaffMember): StaffIdentity {
  return { id: staff.id, name: staff.displayName, role: staff.role, languageCode: staff.languageCode, permissions: permissionsOf(staff) };
}

/** A supervisor hands a ticket to an agent from the board (their limit is theirs to override). */
export async function reassignTicket(deps: TicketDeps, actor: StaffMember, number: number, agentId: number) {
  requirePermission(actor, "tickets.reassign");
  const target = await deps.db.staffMember.findUnique({ where: { id: agentId } });
  if (!target) throw new NotFoundError("staff member", { id: agentId });
  return transferToAgent(deps, actor, number, target);
}

/** A supervisor moves a ticket to another queue from the board. */
export async function moveTicketFromBoard(deps: TicketDeps, actor: StaffMember, number: number, queueCode: string, reason: string) {
  requirePermission(actor, "tickets.reassign");
  return moveToQueue(deps, actor, number, queueCode, reason || "board", "transfer");
}

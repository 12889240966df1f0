import type { DbClient } from "../../db/index.js";
import type { StaffMember, StaffRole } from "../../db/generated/client.js";

export function findStaff(db: DbClient, telegramId: bigint) {
  return db.staffMember.findFirst({ where: { telegramId, active: true } });
}

const POWER: Record<StaffRole, number> = { agent: 1, editor: 1, moderator: 1, analyst: 1, supervisor: 2, admin: 3 };

/** Supervisors can do what agents do; admins everything. Editors, moderators, analysts their own. */
export function hasRole(staff: Pick<StaffMember, "role">, needed: StaffRole): boolean {
  if (staff.role === needed) return true;
  if (needed === "agent") return POWER[staff.role] >= 2;
  return POWER[staff.role] > POWER[needed] && POWER[needed] >= 2;
}

export function setDuty(db: DbClient, staffId: number, onDuty: boolean) {
  return db.staffMember.update({ where: { id: staffId }, data: { onDuty } });
}

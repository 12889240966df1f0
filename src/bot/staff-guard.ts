import type { StaffMember } from "../db/generated/client.js";
import { can, type Permission } from "../domain/staff/permissions.js";
import { findStaff } from "../domain/staff/staff.js";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";

/** The staff member behind a command if their role holds `permission`, or a polite refusal (and null). */
export async function requireStaff(ctx: BotContext, deps: BotDeps, permission: Permission): Promise<StaffMember | null> {
  const staff = ctx.staff ?? (ctx.from ? await findStaff(deps.db, BigInt(ctx.from.id)) : null);
  if (!staff || !can(staff, permission)) {
    await ctx.reply(ctx.t(staff ? "staff-admins-only" : "not-staff"));
    return null;
  }
  return staff;
}

import type { StaffMember, StaffRole } from "../db/generated/client.js";
import { findStaff, hasRole } from "../domain/staff/staff.js";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";

/** The staff member behind a command, or a polite refusal (and null) for everyone else. */
export async function requireStaff(ctx: BotContext, deps: BotDeps, role: StaffRole = "agent"): Promise<StaffMember | null> {
  const staff = ctx.staff ?? (ctx.from ? await findStaff(deps.db, BigInt(ctx.from.id)) : null);
  if (!staff || !hasRole(staff, role)) {
    await ctx.reply(ctx.t(staff ? "staff-admins-only" : "not-staff"));
    return null;
  }
  return staff;
}

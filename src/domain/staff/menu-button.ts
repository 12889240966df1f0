import type { StaffMember } from "../../db/generated/client.js";
import type { DbClient } from "../../db/index.js";
import { can, type Permission } from "./permissions.js";

// The Mini App menu button beside a person's chat with the bot. Customers keep the bot's own
// (their cabinet); a staff member whose role opens any of the staff pages gets one to those pages,
// where the Mini App lands on the first page the role may see (webapp/src/staff/StaffApp.tsx
// lists the pages with the same permissions).

/** The permissions that open a staff page: the board, the numbers, agents, quality, experiments. */
export const STAFF_PAGE_PERMISSIONS: readonly Permission[] = ["board.view", "numbers.view", "agents.view", "tickets.work", "experiments.manage"];

/** The Mini App path the staff member's menu button opens, or null for the bot's usual button. */
export function staffMenuPath(staff: Pick<StaffMember, "role" | "active"> | undefined): string | null {
  if (!staff) return null;
  return STAFF_PAGE_PERMISSIONS.some((p) => can(staff, p)) ? "staff" : null;
}

/**
 * The staff page a chat's menu button was last set to open, or null when it has the bot's usual
 * one. Kept in the database: the instance that sees someone after they left the team may not be
 * the one that gave them the button.
 */
export async function recordedMenuButton(db: DbClient, chatId: bigint): Promise<string | null> {
  return (await db.staffMenuButton.findUnique({ where: { chatId } }))?.url ?? null;
}

/** Notes what the chat's menu button now opens (null: the bot's usual button again). */
export async function recordMenuButton(db: DbClient, chatId: bigint, url: string | null, at: Date): Promise<void> {
  if (url) await db.staffMenuButton.upsert({ where: { chatId }, create: { chatId, url, setAt: at }, update: { url, setAt: at } });
  else await db.staffMenuButton.deleteMany({ where: { chatId } });
}

import type { DbClient } from "../../db/index.js";
import type { StaffMember } from "../../db/generated/client.js";
import { ValidationError } from "../shared/errors.js";

// Customers see the first name of the person who helps them, never an account: no Telegram id,
// no @username. A staff member added by id has no name until they write to the bot (their
// Telegram first name) or an admin gives one; until then customers see "Support" in their language.

/** Names the desk made up from an id when it knew nothing better (also rows written before names were learnt). */
const PLACEHOLDER = /^(admin|agent)\s+-?\d+$/i;

/** A name that reads like an account rather than a person: an @handle, a link, or mostly digits. */
function looksLikeAccount(name: string): boolean {
  if (/@|https?:|t\.me\//i.test(name)) return true;
  const digits = name.replace(/\D/g, "").length;
  return digits >= 4 || digits * 2 >= name.replace(/\s/g, "").length;
}

export function isPlaceholderName(name: string): boolean {
  const n = name.trim();
  return !n || PLACEHOLDER.test(n) || looksLikeAccount(n);
}

/** The name a customer may see, or null: then the customer's text says "Support" in their language. */
export function publicStaffName(staff: Pick<StaffMember, "displayName"> | { displayName: string } | null | undefined): string | null {
  if (!staff) return null;
  const name = staff.displayName.trim();
  return isPlaceholderName(name) ? null : name;
}

/** Checks a name an admin gives (`/staff_set @x name=Anna`): it is shown to customers as it is. */
export function checkPublicName(name: string): string {
  const clean = name.trim().replace(/\s+/g, " ");
  if (!clean || clean.length > 64) throw new ValidationError("name: 1-64 characters");
  if (looksLikeAccount(clean) || PLACEHOLDER.test(clean)) {
    throw new ValidationError("name: customers see it, so use a first name, not an @username, link or number");
  }
  return clean;
}

/**
 * The first time a staff member without a name writes to the bot, their Telegram first name
 * becomes the name customers see. Returns the row as it is now (unchanged when nothing was learnt).
 */
export async function learnStaffName<T extends Pick<StaffMember, "id" | "displayName">>(
  db: DbClient,
  staff: T,
  telegramFirstName: string | undefined,
): Promise<T> {
  if (!isPlaceholderName(staff.displayName)) return staff;
  const first = (telegramFirstName ?? "").trim().replace(/\s+/g, " ").slice(0, 64);
  if (!first || isPlaceholderName(first)) return staff;
  // Only a row still unnamed is written: an admin's name set a moment ago wins.
  const updated = await db.staffMember.updateMany({ where: { id: staff.id, displayName: staff.displayName }, data: { displayName: first } });
  return updated.count ? { ...staff, displayName: first } : staff;
}

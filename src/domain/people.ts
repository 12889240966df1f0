import type { Sql } from "../db/sql.js";
import { camelRow } from "../db/sql.js";
import type { Customer, StaffMember } from "../db/generated/client.js";
import { pickLanguage, upsertCustomer, type TelegramProfile } from "./customers/customers.js";

/**
 * Who is writing in a private chat: a member of the support team (their DM is their desk), or a
 * customer (created on first contact). Plain SQL: every update asks this.
 */
export async function identifyPerson(
  sql: Sql,
  from: TelegramProfile,
  languages: readonly string[],
  defaultLanguage: string,
): Promise<{ staff: StaffMember } | { customer: Customer; formerStaff: boolean }> {
  const staff = await sql.query("SELECT * FROM staff_members WHERE telegram_id = $1", [from.id]);
  const member = staff.rows[0] ? camelRow<StaffMember>(staff.rows[0]) : undefined;
  if (member?.active) return { staff: member };
  const language = pickLanguage(from.language_code, languages, defaultLanguage);
  // Someone who left the team writes as a customer; what they had as staff may need undoing.
  return { customer: await upsertCustomer(sql, from, language), formerStaff: member !== undefined };
}

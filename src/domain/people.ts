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
): Promise<{ staff: StaffMember } | { customer: Customer }> {
  const staff = await sql.query("SELECT * FROM staff_members WHERE telegram_id = $1 AND active", [from.id]);
  if (staff.rows[0]) return { staff: camelRow<StaffMember>(staff.rows[0]) };
  const language = pickLanguage(from.language_code, languages, defaultLanguage);
  return { customer: await upsertCustomer(sql, from, language) };
}

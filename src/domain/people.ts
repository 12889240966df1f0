import type { Sql } from "../db/sql.js";
import { camelRow } from "../db/sql.js";
import type { Customer, StaffMember } from "../db/generated/client.js";
import { pickLanguage, upsertCustomer, upsertCustomerUnlessStaff, type TelegramProfile } from "./customers/customers.js";

/**
 * Who is writing in a private chat: a member of the support team (their DM is their desk), or a
 * customer (created on first contact). Plain SQL, one round trip for a customer: every update asks this.
 */
export async function identifyPerson(
  sql: Sql,
  from: TelegramProfile,
  languages: readonly string[],
  defaultLanguage: string,
): Promise<{ staff: StaffMember } | { customer: Customer; formerStaff: boolean }> {
  const language = pickLanguage(from.language_code, languages, defaultLanguage);
  const found = await upsertCustomerUnlessStaff(sql, from, language);
  if (found.staff === "active") {
    const staff = await sql.query("SELECT * FROM staff_members WHERE telegram_id = $1", [from.id]);
    // Removed between the two reads: they write as the customer they now are.
    if (staff.rows[0]?.active) return { staff: camelRow<StaffMember>(staff.rows[0]) };
    return { customer: await upsertCustomer(sql, from, language), formerStaff: true };
  }
  // Someone who left the team writes as a customer; what they had as staff may need undoing.
  return { customer: found.customer!, formerStaff: found.staff === "former" };
}

import type { DbClient } from "../../db/index.js";
import { camelRow, hot, type Sql } from "../../db/sql.js";
import type { Customer } from "../../db/generated/client.js";
import type { Clock } from "../shared/clock.js";
import { NotFoundError } from "../shared/errors.js";

export interface TelegramProfile {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** Maps Telegram's language ("pt-br", "zh-hans") to one we have texts for. */
export function pickLanguage(code: string | undefined, supported: readonly string[], fallback: string): string {
  const base = (code ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return supported.includes(base) ? base : fallback;
}

function profileParams(profile: TelegramProfile, language: string): [string, string, string | null, string | null, string] {
  return [BigInt(profile.id).toString(), profile.first_name.slice(0, 128) || "—", profile.last_name?.slice(0, 128) ?? null, profile.username ?? null, language];
}

// The row is written only when something changed, else read as it is (the SELECT after it sees the
// table as before the statement, so it finds only an existing row). Writing again also marks a
// customer who had blocked the bot as reachable. $1-$5: Telegram id, names, username, language;
// `only` a condition the write also needs.
const upsertSql = (only: string) => `
  INSERT INTO customers (telegram_id, first_name, last_name, username, language_code, updated_at)
  SELECT $1::bigint, $2::text, $3::text, $4::text, $5::text, now() AT TIME ZONE 'UTC' WHERE ${only}
  ON CONFLICT (telegram_id) DO UPDATE SET
    first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, username = EXCLUDED.username,
    language_code = CASE WHEN customers.language_chosen THEN customers.language_code ELSE EXCLUDED.language_code END,
    unreachable_at = NULL, updated_at = now() AT TIME ZONE 'UTC'
  WHERE customers.first_name IS DISTINCT FROM EXCLUDED.first_name
     OR customers.last_name IS DISTINCT FROM EXCLUDED.last_name
     OR customers.username IS DISTINCT FROM EXCLUDED.username
     OR customers.unreachable_at IS NOT NULL
     OR (NOT customers.language_chosen AND customers.language_code IS DISTINCT FROM EXCLUDED.language_code)
  RETURNING *`;

const UPSERT_SQL = `WITH written AS (${upsertSql("true")})
  SELECT * FROM written
  UNION ALL
  SELECT * FROM customers WHERE telegram_id = $1 AND NOT EXISTS (SELECT 1 FROM written)`;

/** Creates the customer on first contact and keeps their Telegram name and language fresh, in one round trip (see upsertSql). */
export async function upsertCustomer(sql: Sql, profile: TelegramProfile, language: string): Promise<Customer> {
  const params = profileParams(profile, language);
  const result = await sql.query(hot(sql, UPSERT_SQL, params));
  return result.rows[0] ? camelRow<Customer>(result.rows[0]) : await committedCustomer(sql, params[0]);
}

// As UPSERT_SQL, unless the Telegram id is an active member of the team; `staff_active` says whether
// it is one (true), was one (false) or never was (null). The last branch answers with an empty
// customer when there is none, so that the staff question is always answered.
const UPSERT_UNLESS_STAFF_SQL = `WITH member AS (SELECT active FROM staff_members WHERE telegram_id = $1::bigint),
  written AS (${upsertSql("NOT EXISTS (SELECT 1 FROM member WHERE active)")})
  SELECT w.*, (SELECT active FROM member) AS staff_active FROM written w
  UNION ALL
  SELECT c.*, (SELECT active FROM member) FROM customers c WHERE c.telegram_id = $1 AND NOT EXISTS (SELECT 1 FROM written)
  UNION ALL
  SELECT (NULL::customers).*, (SELECT active FROM member)
  WHERE NOT EXISTS (SELECT 1 FROM written) AND NOT EXISTS (SELECT 1 FROM customers WHERE telegram_id = $1)`;

/**
 * The customer writing, created or brought up to date as upsertCustomer does, in the same round
 * trip as the question every update asks first: is this someone of the team? For an active team
 * member nothing is written (`customer` is their customer record if they have one).
 */
export async function upsertCustomerUnlessStaff(
  sql: Sql,
  profile: TelegramProfile,
  language: string,
): Promise<{ staff: "active" | "former" | null; customer: Customer | null }> {
  const params = profileParams(profile, language);
  const { rows } = await sql.query<Record<string, unknown> & { staff_active: boolean | null }>(hot(sql, UPSERT_UNLESS_STAFF_SQL, params));
  const { staff_active, ...row } = rows[0] ?? { staff_active: null };
  const staff = staff_active === true ? "active" : staff_active === false ? "former" : null;
  if (row.id !== null && row.id !== undefined) return { staff, customer: camelRow<Customer>(row) };
  return { staff, customer: staff === "active" ? null : await committedCustomer(sql, params[0]) };
}

/** A first contact racing another (the bot and the Mini App at once) may find the row neither written by its statement nor visible to its snapshot: read again, now committed. */
async function committedCustomer(sql: Sql, telegramId: string): Promise<Customer> {
  const row = (await sql.query("SELECT * FROM customers WHERE telegram_id = $1", [telegramId])).rows[0];
  if (!row) throw new Error(`customer ${telegramId} could not be written`);
  return camelRow<Customer>(row);
}

/** An existing customer, without creating one (reads must not bring back a deleted customer). */
export async function findCustomer(db: DbClient, telegramId: number): Promise<Customer> {
  const found = await db.customer.findUnique({ where: { telegramId: BigInt(telegramId) } });
  if (!found) throw new NotFoundError("Customer profile");
  return found;
}

export async function recordConsent(db: DbClient, clock: Clock, customerId: number, given: boolean): Promise<Customer> {
  const now = clock.now();
  return db.customer.update({
    where: { id: customerId },
    data: given ? { consentAt: now, consentDeclinedAt: null } : { consentAt: null, consentDeclinedAt: now },
  });
}

export function hasConsent(customer: Pick<Customer, "consentAt">): boolean {
  return customer.consentAt !== null;
}

import type { DbClient } from "../../db/index.js";
import { camelRow, type Sql } from "../../db/sql.js";
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

/** Creates the customer on first contact and keeps their Telegram name and language fresh. */
export async function upsertCustomer(sql: Sql, profile: TelegramProfile, language: string): Promise<Customer> {
  const params = [
    BigInt(profile.id).toString(),
    profile.first_name.slice(0, 128) || "—",
    profile.last_name?.slice(0, 128) ?? null,
    profile.username ?? null,
    language,
  ];
  // One round trip: the row is written only when something changed, else read as it is (the
  // second SELECT sees the table as before the statement, so it finds only an existing row).
  // Writing again also marks a customer who had blocked the bot as reachable.
  const result = await sql.query(
    `WITH written AS (
       INSERT INTO customers (telegram_id, first_name, last_name, username, language_code, updated_at)
       VALUES ($1, $2, $3, $4, $5, now() AT TIME ZONE 'UTC')
       ON CONFLICT (telegram_id) DO UPDATE SET
         first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, username = EXCLUDED.username,
         language_code = CASE WHEN customers.language_chosen THEN customers.language_code ELSE EXCLUDED.language_code END,
         unreachable_at = NULL, updated_at = now() AT TIME ZONE 'UTC'
       WHERE customers.first_name IS DISTINCT FROM EXCLUDED.first_name
          OR customers.last_name IS DISTINCT FROM EXCLUDED.last_name
          OR customers.username IS DISTINCT FROM EXCLUDED.username
          OR customers.unreachable_at IS NOT NULL
          OR (NOT customers.language_chosen AND customers.language_code IS DISTINCT FROM EXCLUDED.language_code)
       RETURNING *)
     SELECT * FROM written
     UNION ALL
     SELECT * FROM customers WHERE telegram_id = $1 AND NOT EXISTS (SELECT 1 FROM written)`,
    params,
  );
  // A first contact racing another (the bot and the Mini App at once) can find the row neither
  // written by this statement nor visible to its snapshot: read it again, now committed.
  const row = result.rows[0] ?? (await sql.query("SELECT * FROM customers WHERE telegram_id = $1", [params[0]])).rows[0];
  if (!row) throw new Error(`customer ${params[0]} could not be written`);
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

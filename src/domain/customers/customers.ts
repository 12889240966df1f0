import type { DbClient } from "../../db/index.js";
import type { Customer } from "../../db/generated/client.js";
import type { Clock } from "../shared/clock.js";

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
export async function upsertCustomer(
  db: DbClient,
  profile: TelegramProfile,
  language: string,
): Promise<Customer> {
  const names = {
    firstName: profile.first_name.slice(0, 128) || "—",
    lastName: profile.last_name?.slice(0, 128) ?? null,
    username: profile.username ?? null,
  };
  const telegramId = BigInt(profile.id);
  const existing = await db.customer.findUnique({ where: { telegramId } });
  if (!existing) {
    return db.customer.upsert({
      where: { telegramId },
      create: { telegramId, ...names, languageCode: language },
      update: {},
    });
  }
  const languageCode = existing.languageChosen ? existing.languageCode : language;
  const changed =
    existing.firstName !== names.firstName ||
    existing.lastName !== names.lastName ||
    existing.username !== names.username ||
    existing.languageCode !== languageCode ||
    existing.unreachableAt !== null;
  if (!changed) return existing;
  // A customer who writes again can be reached again (they had blocked the bot before).
  return db.customer.update({ where: { id: existing.id }, data: { ...names, languageCode, unreachableAt: null } });
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

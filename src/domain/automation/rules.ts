import type { DbClient } from "../../db/index.js";
import { audit } from "../audit/audit.js";
import { NotFoundError } from "../shared/errors.js";

// The desk's automations are built-in rules an admin can switch off (and on again) from the bot;
// a rule with no row is on. Each says which event it reacts to and what it does.
export const BUILT_IN_RULES = {
  "status-notifications": { event: "ticket taken / reopened", action: "tell the customer (quiet hours apply)" },
  "csat-request": { event: "ticket resolved", action: "ask for a 1-5 rating" },
  "nps-sample": { event: "rating given", action: "ask the 0-10 question on a sample" },
  "low-rating-handoff": { event: "rating of 1-2", action: "reopen for a supervisor and alert the staff" },
  "follow-up": { event: "FOLLOW_UP_HOURS after resolution", action: "ask whether the solution held" },
  "daily-digest": { event: "every day at DIGEST_HOUR", action: "send the day's figures to the staff alert chat" },
} as const;

export type RuleCode = keyof typeof BUILT_IN_RULES;

export function isRuleCode(code: string): code is RuleCode {
  return code in BUILT_IN_RULES;
}

export async function ruleEnabled(db: DbClient, code: RuleCode): Promise<boolean> {
  const row = await db.automationRule.findUnique({ where: { code } });
  return row?.enabled ?? true;
}

export async function listRules(db: DbClient) {
  const rows = await db.automationRule.findMany();
  return (Object.keys(BUILT_IN_RULES) as RuleCode[]).map((code) => ({
    code,
    ...BUILT_IN_RULES[code],
    enabled: rows.find((r) => r.code === code)?.enabled ?? true,
  }));
}

export async function setRule(db: DbClient, code: string, enabled: boolean, actorId: number, at: Date) {
  const custom = code.startsWith("custom-") && (await db.automationRule.findUnique({ where: { code } }));
  if (!isRuleCode(code) && !custom) throw new NotFoundError("rule", { code });
  await db.automationRule.upsert({ where: { code }, create: { code, enabled }, update: { enabled } });
  await audit(db, { staffId: actorId, action: enabled ? "rule-on" : "rule-off", data: { code }, at });
}

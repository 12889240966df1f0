// Which texts an experiment may vary. Only what customers read in their chat with the bot, and
// never a security or payment warning: those say the same thing to everybody, always.

/** What the domain needs to know of the message files (built from src/i18n by the adapters). */
export interface MessageCatalog {
  languages: readonly string[];
  /** The message's text in a language, or undefined when there is no such message. */
  text(lang: string, key: string): string | undefined;
  /** Every message id of a language. */
  keys(lang: string): string[];
}

/** Staff-side, group-side and sandbox messages: customers in their private chat never see them. */
const NOT_CUSTOMER_FACING = /^(staff|manager|digest|weekly|vip|agent|queue|community|sb|tour|exp|qa|assist)-/;

/** Warnings whose words must not change: by their id, or by what they say in English. */
const PROTECTED_KEY = /security|payment|fraud|scam|phish|impersonat|password|critical|privacy|consent/;
const PROTECTED_TEXT = /password|passcode|card number|cvv|one-time code|never share|never ask|codes?,? (or )?passwords?/i;

export type TargetRefusal = "unknown-message" | "not-customer-facing" | "protected";

/** Why a message id may not be the subject of an experiment, or null when it may. */
export function refuseMessageTarget(catalog: MessageCatalog, key: string): TargetRefusal | null {
  const en = catalog.text("en", key);
  if (en === undefined) return "unknown-message";
  if (NOT_CUSTOMER_FACING.test(key)) return "not-customer-facing";
  if (PROTECTED_KEY.test(key) || PROTECTED_TEXT.test(en)) return "protected";
  return null;
}

/** The messages an experiment may vary, with their English text (for the staff pages' form). */
export function testableMessages(catalog: MessageCatalog): Array<{ key: string; text: string }> {
  return catalog
    .keys("en")
    .filter((key) => refuseMessageTarget(catalog, key) === null)
    .sort()
    .map((key) => ({ key, text: catalog.text("en", key)! }));
}

/** Whether a text (already chosen) is a protected warning: the override layer checks it once more. */
export function isProtectedMessage(key: string): boolean {
  return PROTECTED_KEY.test(key);
}

/**
 * Named choices in the flows an experiment can vary instead of a text. The flows ask
 * `flowChoice(customer, name)` and get one of these values (the first is today's behaviour).
 */
export const FLOW_CHOICES = {
  "question-order": ["topic-first", "problem-first"],
  "article-format": ["snippet", "full-steps"],
  "status-notice": ["eta-button", "detailed-steps"],
  "notice-style": ["one-summary", "series"],
  "rating-timing": ["on-resolve", "next-day"],
} as const satisfies Record<string, readonly string[]>;
export type FlowChoice = keyof typeof FLOW_CHOICES;

export function isFlowChoice(name: string): name is FlowChoice {
  return Object.hasOwn(FLOW_CHOICES, name);
}

/**
 * The flow choices some flow reads today (through flowValue, which accepts only these). An
 * experiment on any other choice would change nothing for customers, so its verdict would be pure
 * noise: it cannot be defined, started or shipped, and the staff pages do not offer it. Wiring a
 * choice into a flow means adding it here (and to the README's table, which a test holds to this list).
 */
export const WIRED_FLOW_CHOICES = ["rating-timing", "status-notice"] as const satisfies readonly FlowChoice[];
export type WiredFlowChoice = (typeof WIRED_FLOW_CHOICES)[number];

export function isWiredFlowChoice(name: string): name is WiredFlowChoice {
  return (WIRED_FLOW_CHOICES as readonly string[]).includes(name);
}

/** The flow choices an experiment may vary, with their values (the first is today's behaviour). */
export function testableFlowChoices(): Record<WiredFlowChoice, string[]> {
  return Object.fromEntries(WIRED_FLOW_CHOICES.map((name) => [name, [...FLOW_CHOICES[name]]])) as Record<WiredFlowChoice, string[]>;
}

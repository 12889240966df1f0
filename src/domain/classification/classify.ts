import type { TicketPriority } from "../../db/generated/enums.js";
import { NEGATIVE_WORDS, STOP_WORDS, TOPIC_KEYWORDS, type HandoffKind } from "./lexicon.js";
import type { Topic } from "./topics.js";

export type HandoffReason = HandoffKind | "negative" | "unmatched" | "vip" | "low-rating";

export interface Handoff {
  reason: HandoffReason;
  /** A queue the reason forces (Security/Payments), or null to keep the topic's queue. */
  queue: string | null;
  priority: TicketPriority;
}

export interface Classification {
  topic: Topic | null;
  /** Sum of matched keyword lengths: a rough strength, 0 when nothing matched. */
  score: number;
  handoff: Handoff | null;
}

export const SECURITY_QUEUE = "SECURITY";

// "How do I ..." says a question is coming, not what it is about: such phrases count for little
// next to the words that name the subject ("How do I change my email?" is about the account).
const GENERIC = new Set([
  "how do i",
  "how to",
  "how can i",
  "where is",
  "where can",
  " как ",
  " где ",
  "怎么",
  "如何",
  "在哪",
  "어떻게",
  "어디",
  "كيف",
  "أين",
  "อย่างไร",
  "ยังไง",
  "ที่ไหน",
  "necə",
  "harada",
]);
const keywordWeight = (w: string) => (GENERIC.has(w) ? 0.3 : 1) * w.trim().length;

export function normalize(text: string): string {
  // Word-ish boundaries at both ends let short Latin keywords ("pay ", "bill ") match at the end.
  return ` ${text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()} `;
}

function hits(text: string, words: readonly string[]): string[] {
  return words.filter((w) => text.includes(w));
}

/** Rules only: keywords per topic and language, stop words, and a negative-emotion lexicon. */
export function classify(raw: string): Classification {
  const text = normalize(raw);
  let best: { topic: Topic | null; score: number } = { topic: null, score: 0 };
  for (const [topic, words] of Object.entries(TOPIC_KEYWORDS) as Array<[Topic, string[]]>) {
    const score = hits(text, words).reduce((sum, w) => sum + keywordWeight(w), 0);
    if (score > best.score) best = { topic, score };
  }
  return { ...best, handoff: detectHandoff(text) };
}

export function detectHandoff(normalizedText: string): Handoff | null {
  if (hits(normalizedText, STOP_WORDS.security).length) return { reason: "security", queue: SECURITY_QUEUE, priority: "critical" };
  if (hits(normalizedText, STOP_WORDS.payment).length) return { reason: "payment", queue: SECURITY_QUEUE, priority: "critical" };
  if (hits(normalizedText, NEGATIVE_WORDS).length) return { reason: "negative", queue: null, priority: "high" };
  if (hits(normalizedText, STOP_WORDS.operator).length) return { reason: "operator", queue: null, priority: "high" };
  return null;
}

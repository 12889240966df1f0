import { STOP_WORDS } from "../classification/lexicon.js";
import { forbiddenWordsIn } from "./forbidden-words.js";
import { GREETINGS, NEGATIONS, PERSONAL_DATA_ASKS, RUDE_PHRASES, phrasesIn } from "./lexicon.js";
import type { ScorecardItem } from "./scorecard.js";

// The machine's read of a finished conversation: what any supervisor would flag at a glance.
// Pure: a conversation in, findings out; loading and storing are in automatic.ts.

export interface ConversationMessage {
  author: "customer" | "staff" | "bot" | string;
  text: string;
  internal: boolean;
  at: Date;
}

export interface CheckedConversation {
  createdAt: Date;
  firstRespondedAt: Date | null;
  firstResponseDueAt: Date;
  resolvedAt: Date | null;
  resolutionDueAt: Date | null;
  summary: string | null;
  /** Next steps written on resolving, if any. */
  nextSteps: string | null;
  handoffReason: string | null;
  messages: ConversationMessage[];
}

export type Finding =
  | { kind: "frt-over-sla"; minutes: number; targetMinutes: number }
  | { kind: "resolution-over-sla"; minutes: number; targetMinutes: number }
  | { kind: "forbidden-words"; words: string[] }
  | { kind: "personal-data-asked"; words: string[] }
  | { kind: "no-summary" }
  | { kind: "no-next-steps" }
  | { kind: "no-greeting" }
  | { kind: "person-not-given" };

/** Which scorecard line a finding speaks to (SLA times stand apart: they are the desk's, not the words'). */
export const FINDING_ITEM: Readonly<Record<Finding["kind"], ScorecardItem | null>> = {
  "frt-over-sla": null,
  "resolution-over-sla": null,
  "forbidden-words": "tone",
  "personal-data-asked": "correct",
  "no-summary": "summary",
  "no-next-steps": "next_steps",
  "no-greeting": "greeting",
  "person-not-given": "understood",
};

const minutes = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

export function checkConversation(c: CheckedConversation, forbiddenWords: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  if (c.firstRespondedAt && c.firstRespondedAt > c.firstResponseDueAt)
    findings.push({ kind: "frt-over-sla", minutes: minutes(c.createdAt, c.firstRespondedAt), targetMinutes: minutes(c.createdAt, c.firstResponseDueAt) });
  if (c.resolvedAt && c.resolutionDueAt && c.resolvedAt > c.resolutionDueAt)
    findings.push({ kind: "resolution-over-sla", minutes: minutes(c.createdAt, c.resolvedAt), targetMinutes: minutes(c.createdAt, c.resolutionDueAt) });

  // What the customer read from staff: internal notes are for colleagues and may quote anything.
  const answers = c.messages.filter((m) => m.author === "staff" && !m.internal);
  const bad = new Set<string>();
  const asked = new Set<string>();
  for (const m of answers) {
    for (const w of forbiddenWordsIn(m.text, forbiddenWords)) bad.add(w);
    for (const w of phrasesIn(m.text, RUDE_PHRASES)) bad.add(w);
    const personal = phrasesIn(m.text, PERSONAL_DATA_ASKS);
    if (personal.length && !phrasesIn(m.text, NEGATIONS).length) for (const w of personal) asked.add(w);
  }
  if (bad.size) findings.push({ kind: "forbidden-words", words: [...bad] });
  if (asked.size) findings.push({ kind: "personal-data-asked", words: [...asked] });
  if (answers.length && !phrasesIn(answers[0]!.text, GREETINGS).length) findings.push({ kind: "no-greeting" });
  if (c.resolvedAt && (c.summary ?? "").trim().length < 10) findings.push({ kind: "no-summary" });
  if (c.resolvedAt && !(c.nextSteps ?? "").trim()) findings.push({ kind: "no-next-steps" });

  // Asked for a person (at the front desk, or later in the chat) and no person answered after it.
  const askedAt =
    c.handoffReason === "operator" ? c.createdAt : c.messages.find((m) => m.author === "customer" && phrasesIn(m.text, STOP_WORDS.operator).length)?.at;
  if (askedAt && !answers.some((m) => m.at >= askedAt)) findings.push({ kind: "person-not-given" });
  return findings;
}

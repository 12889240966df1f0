import { classify, type Handoff } from "../classification/classify.js";
import { TOPIC_POLICIES, TOPICS, isTopic, type Topic } from "../classification/topics.js";
import type { Attachment } from "../tickets/types.js";
import { looksLikeQuestion } from "./questions.js";

// The front desk as a state machine: consent, topic, one or two clarifying questions, a missing
// description asked for, an optional file, the knowledge base's best answers, and only then a
// ticket. Pure: every step takes the saved state and one thing the customer did, and returns the
// next state, what to say and what to do. Replaying the same step gives the same answer, which is
// what makes a replayed update harmless.

export const INTAKE_ACTIONS = ["consent-yes", "consent-no", "skip", "back", "continue", "solved", "not-solved", "reopen", "fresh", "retry"] as const;
export type IntakeAction = (typeof INTAKE_ACTIONS)[number] | `topic-${Topic}`;

export function isIntakeAction(value: string): value is IntakeAction {
  return (INTAKE_ACTIONS as readonly string[]).includes(value) || (value.startsWith("topic-") && isTopic(value.slice(6)));
}

export type IntakeEvent =
  | { kind: "start"; topic?: Topic }
  /** Words and/or files the customer sent. */
  | { kind: "message"; text: string; attachments: Attachment[]; messageId: number; mediaGroupId?: string }
  /** A message the desk cannot use as an answer: a sticker, a voice note, only emoji, nothing. */
  | { kind: "unusable"; why: "unsupported" | "empty" | "emoji" }
  | { kind: "press"; action: IntakeAction };

export type IntakeStep =
  | { at: "reopen" }
  | { at: "consent" }
  | { at: "card"; articleId: number }
  | { at: "topic" }
  | { at: "question"; index: number }
  | { at: "describe" }
  | { at: "file" }
  | { at: "suggest"; articleId: number }
  | { at: "retry" };

export interface IntakeState {
  v: 1;
  step: IntakeStep;
  topic: Topic | null;
  parts: string[];
  attachments: Attachment[];
  handoff: Handoff | null;
  /** Free-text turns the rules could not place. */
  unmatched: number;
  /** The customer already said no to an article: do not offer articles again. */
  declinedArticle: boolean;
  /** A ticket resolved recently that the first message may be about. */
  resolved: { id: number; number: number } | null;
  /** The first message's own text (it may already answer the first question). */
  firstText: string;
  /** Telegram update that started the flow: the ticket's idempotency key. */
  originUpdateId: number;
  originMessageId: number | null;
  /** The last hint given, so the same one is never said twice in a row. */
  lastHint: string | null;
  /** The album whose first photo was already acknowledged. */
  lastGroup: string | null;
  /** The consent question was already put (words after it get the reminder, not the question again). */
  consentAsked: boolean;
}

export interface KbAnswer {
  id: number;
  slug: string;
  title: string;
  snippet: string;
  confident: boolean;
  /** Shown in English because the customer's language has no translation of it. */
  otherLanguage?: boolean;
}

/** What the flow needs from the rest of the desk; the session module provides it. */
export interface IntakeServices {
  handoffAfterUnmatched: number;
  bestAnswers(query: string, limit: number): Promise<KbAnswer[]>;
}

export type ButtonSpec = { label: string; vars?: Record<string, string | number>; action: IntakeAction } | { label: string; article: string };

export interface Say {
  key: string;
  /** A message said first, in the same Telegram message. */
  preface?: string;
  vars?: Record<string, string | number>;
  /** Variables that are i18n keys themselves, rendered in the customer's language. */
  localized?: Record<string, string>;
  /** Variables that are already safe HTML (article titles and snippets). */
  markup?: Record<string, string>;
  buttons?: ButtonSpec[][];
}

export type IntakeEffect =
  | { kind: "consent"; given: boolean }
  | { kind: "self-service"; articleId: number; query: string; solved: boolean }
  | { kind: "reopen"; ticketId: number; text: string; attachments: Attachment[]; messageId: number | null }
  | { kind: "open-ticket"; topic: Topic; text: string; attachments: Attachment[]; handoff: Handoff | null };

export interface StepResult {
  /** null: the flow has ended. */
  state: IntakeState | null;
  say: Say[];
  effects: IntakeEffect[];
}

export function newIntake(input: { updateId: number; hasConsent: boolean; topic?: Topic; resolved?: { id: number; number: number } | null }): IntakeState {
  return {
    v: 1,
    step: input.resolved ? { at: "reopen" } : input.hasConsent ? { at: "topic" } : { at: "consent" },
    topic: input.topic ?? null,
    parts: [],
    attachments: [],
    handoff: null,
    unmatched: 0,
    declinedArticle: false,
    resolved: input.resolved ?? null,
    firstText: "",
    originUpdateId: input.updateId,
    originMessageId: null,
    lastHint: null,
    lastGroup: null,
    consentAsked: false,
  };
}

const btn = (label: string, action: IntakeAction, vars?: Record<string, string | number>): ButtonSpec => ({ label, action, ...(vars ? { vars } : {}) });
const consentButtons = (): ButtonSpec[][] => [[btn("consent-accept", "consent-yes"), btn("consent-decline", "consent-no")]];
export const topicButtons = (): ButtonSpec[][] => {
  const rows: ButtonSpec[][] = [];
  TOPICS.forEach((topic, i) => {
    if (i % 2 === 0) rows.push([]);
    rows.at(-1)!.push(btn(`topic-${topic}`, `topic-${topic}`));
  });
  return rows;
};
const questionButtons = (): ButtonSpec[][] => [[btn("btn-skip", "skip"), btn("btn-back", "back")]];
const fileButtons = (received: number): ButtonSpec[][] => [[received > 0 ? btn("btn-continue", "continue") : btn("btn-skip", "skip")]];
const solvedButtons = (slug: string): ButtonSpec[][] => [
  [btn("kb-solved-yes", "solved"), btn("kb-solved-no", "not-solved")],
  [{ label: "kb-open-article", article: slug }],
];
const retryButtons = (): ButtonSpec[][] => [[btn("btn-retry", "retry")]];
const reopenButtons = (number: number): ButtonSpec[][] => [[btn("reopen-same", "reopen", { number: String(number) })], [btn("reopen-new", "fresh")]];

/** The questions still to ask for the chosen topic. */
function questionsFor(s: IntakeState): string[] {
  const all = TOPIC_POLICIES[s.topic ?? "other"].questions;
  // A first message that already describes the problem answers the first question.
  return all.slice(s.firstText.trim().length >= 20 ? 1 : 0);
}

const described = (s: IntakeState) => s.parts.some((p) => /[\p{L}\p{N}]/u.test(p));

/** What the customer sees for the step they are at: used to ask, and to ask again. */
export function prompt(s: IntakeState): Say {
  const step = s.step;
  switch (step.at) {
    case "reopen":
      return { key: "reopen-ask", vars: { number: String(s.resolved?.number ?? "") }, buttons: reopenButtons(s.resolved?.number ?? 0) };
    case "consent":
      return { key: "consent-request", buttons: consentButtons() };
    case "topic":
      return { key: "start-choose-topic", buttons: topicButtons() };
    case "question":
      return { key: questionsFor(s)[step.index] ?? "intake-describe", buttons: questionButtons() };
    case "describe":
      return { key: "intake-describe", buttons: [[btn("btn-back", "back")]] };
    case "file":
      return { key: "intake-ask-file", buttons: fileButtons(s.attachments.length) };
    case "card":
    case "suggest":
      return { key: "kb-did-it-help", buttons: [[btn("kb-solved-yes", "solved"), btn("kb-solved-no", "not-solved")]] };
    case "retry":
      return { key: "intake-retry", buttons: retryButtons() };
  }
}

function keep(s: IntakeState, e: Extract<IntakeEvent, { kind: "message" }>): IntakeState {
  const text = e.text.trim();
  // Only words said before the questions can answer the first of them.
  const beforeQuestions = s.step.at === "consent" || s.step.at === "topic" || s.step.at === "reopen";
  return {
    ...s,
    parts: text ? [...s.parts, text] : s.parts,
    attachments: [...s.attachments, ...e.attachments],
    firstText: s.firstText || (beforeQuestions ? text : ""),
    originMessageId: s.originMessageId ?? e.messageId,
  };
}

/** One hint per kind of odd input; said a second time in a row it becomes the question itself. */
function hint(s: IntakeState, key: string, out: Say[], previous: string | null = s.lastHint): IntakeState {
  if (previous === key) out.push(prompt(s));
  else out.push({ key, buttons: prompt(s).buttons });
  return { ...s, lastHint: previous === key ? null : key };
}

function unusableHint(s: IntakeState, why: "unsupported" | "empty" | "emoji"): string {
  if (s.step.at === "file") return why === "unsupported" ? "intake-need-file" : "intake-file-or-words";
  return why === "unsupported" ? "unsupported-media" : why === "empty" ? "empty-message" : "emoji-only";
}

/**
 * Moves the flow on by one thing the customer did. Buttons that belong to another step (an older
 * message) repeat the current question instead of being refused.
 */
export async function step(state: IntakeState, event: IntakeEvent, svc: IntakeServices): Promise<StepResult> {
  const result = await move(state, event, svc);
  if (result.state && result.say.some((x) => x.key === "consent-request" || x.key === "consent-needed")) result.state = { ...result.state, consentAsked: true };
  return result;
}

async function move(state: IntakeState, event: IntakeEvent, svc: IntakeServices): Promise<StepResult> {
  const out: Say[] = [];
  const effects: IntakeEffect[] = [];
  let s: IntakeState = { ...state };
  const at = s.step.at;

  if (event.kind === "start") {
    if (event.topic) s.topic = event.topic;
    return advance(s, out, effects, svc);
  }
  if (event.kind === "unusable") {
    s = hint(s, unusableHint(s, event.why), out);
    return { state: s, say: out, effects };
  }
  s.lastHint = null;

  // Words written at any step are never dropped: they become part of the request.
  if (event.kind === "message") {
    const before = s;
    s = keep(s, event);
    const text = event.text.trim();
    const found = text ? classify(text) : null;
    s.handoff ??= found?.handoff ?? null;
    switch (at) {
      case "reopen":
        // Words instead of an answer: ask once more, with the words kept.
        out.push(prompt(s));
        return { state: s, say: out, effects };
      case "consent":
        // The first words get the consent question itself; later ones a reminder (the words are kept).
        if (!s.consentAsked) {
          out.push(prompt(s));
          return { state: s, say: out, effects };
        }
        return { state: hint(s, "consent-needed", out, state.lastHint), say: out, effects };
      case "topic":
        if (found?.topic) s.topic = found.topic;
        else if (text && !s.handoff) {
          s.unmatched++;
          if (s.unmatched >= svc.handoffAfterUnmatched) s.handoff = { reason: "unmatched", queue: null, priority: "normal" };
        }
        if (!s.topic && !s.handoff) {
          // A plain question may have a plain answer: the best article first, as a short card.
          if (text && !s.declinedArticle && looksLikeQuestion(text)) {
            const card = await answerCard(s, text, svc, out);
            if (card) return { state: card, say: out, effects };
          }
          out.push({ key: s.unmatched > 1 ? "intake-topic-still-unclear" : "intake-topic-unclear", buttons: topicButtons() });
          return { state: s, say: out, effects };
        }
        if (s.topic && !s.handoff && s.parts.length === 1 && !s.declinedArticle && looksLikeQuestion(text)) {
          const card = await answerCard(s, text, svc, out);
          if (card) return { state: card, say: out, effects };
        }
        return enterQuestions(s, out, effects, svc);
      case "question":
        if (s.handoff) return finish(s, out, effects, svc);
        return nextQuestion(s, (s.step as { index: number }).index + 1, out, effects, svc);
      case "describe":
        if (!described(s) && !s.attachments.length) {
          s = hint(before, "intake-describe-words", out, state.lastHint);
          return { state: s, say: out, effects };
        }
        if (s.handoff) return finish(s, out, effects, svc);
        return toFile(s, out, effects, svc);
      case "file":
        if (event.attachments.length) {
          const group = event.mediaGroupId ?? null;
          // An album is several messages: acknowledge it once.
          if (!group || group !== s.lastGroup)
            out.push({ key: "intake-file-received", vars: { count: s.attachments.length }, buttons: fileButtons(s.attachments.length) });
          s.lastGroup = group;
          return { state: s, say: out, effects };
        }
        // Words instead of a file: noted, and on to the answer.
        return afterFile(s, out, effects, svc, "intake-noted");
      case "card":
      case "suggest": {
        // Words instead of a button mean "no, and here is more about it".
        const articleId = (s.step as { articleId: number }).articleId;
        effects.push({ kind: "self-service", articleId, query: s.parts.slice(0, -1).join("\n") || text, solved: false });
        s.declinedArticle = true;
        return at === "card" ? enterTopicOrQuestions(s, out, effects, svc) : finish(s, out, effects, svc);
      }
      case "retry":
        return finish(s, out, effects, svc);
    }
  }

  // A button.
  const action = event.action;
  if (action === "consent-yes" && at === "consent") {
    effects.push({ kind: "consent", given: true });
    return advance(s, out, effects, svc, true);
  }
  if (action === "consent-no" && at === "consent") {
    effects.push({ kind: "consent", given: false });
    out.push({ key: "consent-declined", buttons: [[btn("consent-changed-mind", "consent-yes")]] });
    return { state: null, say: out, effects };
  }
  if (at === "reopen" && (action === "reopen" || action === "fresh")) {
    if (action === "reopen" && s.resolved) {
      effects.push({ kind: "reopen", ticketId: s.resolved.id, text: s.parts.join("\n\n"), attachments: s.attachments, messageId: s.originMessageId });
      out.push({ key: "reopen-done", vars: { number: String(s.resolved.number) } });
      return { state: null, say: out, effects };
    }
    s.resolved = null;
    s.step = { at: "consent" };
    return advance(s, out, effects, svc, true);
  }
  if (action.startsWith("topic-") && (at === "topic" || at === "question" || at === "describe")) {
    s.topic = action.slice(6) as Topic;
    return enterQuestions(s, out, effects, svc);
  }
  if (at === "question" && (action === "skip" || action === "back")) {
    if (action === "back") {
      s.topic = null;
      s.step = { at: "topic" };
      out.push(prompt(s));
      return { state: s, say: out, effects };
    }
    return nextQuestion(s, (s.step as { index: number }).index + 1, out, effects, svc);
  }
  if (at === "describe" && action === "back") {
    s.topic = null;
    s.step = { at: "topic" };
    out.push(prompt(s));
    return { state: s, say: out, effects };
  }
  if (at === "file" && (action === "skip" || action === "continue")) return afterFile(s, out, effects, svc);
  if ((at === "card" || at === "suggest") && (action === "solved" || action === "not-solved")) {
    const articleId = (s.step as { articleId: number }).articleId;
    const solved = action === "solved";
    effects.push({ kind: "self-service", articleId, query: s.parts.join("\n"), solved });
    if (solved) {
      out.push({ key: "kb-glad" });
      return { state: null, say: out, effects };
    }
    s.declinedArticle = true;
    if (at === "card") return enterTopicOrQuestions(s, out, effects, svc);
    return finish(s, out, effects, svc);
  }
  if (at === "retry") return finish(s, out, effects, svc);

  // A button of another step: say where we are instead.
  out.push({ ...prompt(s), preface: "intake-where-we-are" });
  return { state: s, say: out, effects };
}

/** From a fresh or resumed start: the step's question, or straight on when it is answered. */
async function advance(s: IntakeState, out: Say[], effects: IntakeEffect[], svc: IntakeServices, consented = false): Promise<StepResult> {
  if (s.step.at === "reopen" && s.resolved) {
    out.push(prompt(s));
    return { state: s, say: out, effects };
  }
  if (s.step.at === "consent" && !consented) {
    out.push(prompt(s));
    return { state: s, say: out, effects };
  }
  if (s.step.at === "consent" || s.step.at === "reopen") s.step = { at: "topic" };
  // Words said before consent count now.
  if (s.parts.length && !s.topic) {
    const text = s.parts.join("\n");
    const c = classify(text);
    s.handoff ??= c.handoff;
    if (c.topic) s.topic = c.topic;
    else s.unmatched++;
    if (!s.handoff && !s.declinedArticle && looksLikeQuestion(s.parts[0]!)) {
      const card = await answerCard(s, text, svc, out);
      if (card) return { state: card, say: out, effects };
    }
  }
  return enterTopicOrQuestions(s, out, effects, svc);
}

async function answerCard(s: IntakeState, query: string, svc: IntakeServices, out: Say[]): Promise<IntakeState | null> {
  const [best] = await svc.bestAnswers(query, 1);
  if (!best?.confident) return null;
  out.push({
    key: "kb-answer-card",
    ...(best.otherLanguage ? { preface: "kb-other-language" } : {}),
    markup: { title: best.title, snippet: best.snippet },
    buttons: solvedButtons(best.slug),
  });
  return { ...s, step: { at: "card", articleId: best.id } };
}

function enterTopicOrQuestions(s: IntakeState, out: Say[], effects: IntakeEffect[], svc: IntakeServices): Promise<StepResult> {
  if (s.handoff) return finish(s, out, effects, svc);
  if (!s.topic) {
    s.step = { at: "topic" };
    out.push(prompt(s));
    return Promise.resolve({ state: s, say: out, effects });
  }
  return enterQuestions(s, out, effects, svc);
}

function enterQuestions(s: IntakeState, out: Say[], effects: IntakeEffect[], svc: IntakeServices): Promise<StepResult> {
  if (s.handoff) return finish(s, out, effects, svc);
  return nextQuestion(s, 0, out, effects, svc, true);
}

async function nextQuestion(s: IntakeState, index: number, out: Say[], effects: IntakeEffect[], svc: IntakeServices, announce = false): Promise<StepResult> {
  const questions = questionsFor(s);
  if (index < questions.length) {
    s.step = { at: "question", index };
    const q = prompt(s);
    // The topic and the first question in one message: fewer messages, same meaning.
    out.push(announce ? { ...q, key: "intake-topic-and-question", localized: { topic: `topic-name-${s.topic ?? "other"}`, question: q.key } } : q);
    return { state: s, say: out, effects };
  }
  // No question left to ask: the topic is still said, as the first line of what comes next.
  if (announce) out.push({ key: "intake-topic-chosen", localized: { topic: `topic-name-${s.topic ?? "other"}` } });
  if (!described(s) && !s.attachments.length) {
    // Nothing said yet: a ticket needs at least a sentence, so ask for it, kindly, once.
    s.step = { at: "describe" };
    out.push(prompt(s));
    return { state: s, say: out, effects };
  }
  return toFile(s, out, effects, svc);
}

function toFile(s: IntakeState, out: Say[], effects: IntakeEffect[], svc: IntakeServices): Promise<StepResult> {
  if (s.handoff) return finish(s, out, effects, svc);
  s.step = { at: "file" };
  s.lastGroup = null;
  out.push(prompt(s));
  return Promise.resolve({ state: s, say: out, effects });
}

async function afterFile(s: IntakeState, out: Say[], effects: IntakeEffect[], svc: IntakeServices, preface?: string): Promise<StepResult> {
  if (!s.declinedArticle && !s.handoff) {
    const query = s.parts.join("\n");
    const hits = query ? await svc.bestAnswers(query, 3) : [];
    if (hits.length) {
      out.push({
        key: "kb-suggestions",
        ...(preface ? { preface } : {}),
        markup: { list: hits.map((h) => `• <b>${h.title}</b>\n${h.snippet}`).join("\n\n") },
        buttons: [[btn("kb-solved-yes", "solved"), btn("kb-solved-no", "not-solved")]],
      });
      s.step = { at: "suggest", articleId: hits[0]!.id };
      return { state: s, say: out, effects };
    }
  }
  return finish(s, out, effects, svc);
}

/** The ticket; the receipt is written with it. The session keeps the state until it is written. */
function finish(s: IntakeState, out: Say[], effects: IntakeEffect[], _svc: IntakeServices): Promise<StepResult> {
  effects.push({ kind: "open-ticket", topic: s.topic ?? "other", text: s.parts.join("\n\n"), attachments: s.attachments, handoff: s.handoff });
  return Promise.resolve({ state: { ...s, step: { at: "retry" } }, say: out, effects });
}

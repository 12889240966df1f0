import { InlineKeyboard } from "grammy";
import { TOPICS } from "../domain/classification/topics.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

// Callback data of the intake flow starts with "i:"; a press that reaches no active flow is a
// button from a finished conversation and gets a friendly answer (see unhandled.ts).
export const CB = {
  consentYes: "i:consent:yes",
  consentNo: "i:consent:no",
  topic: (t: string) => `i:topic:${t}`,
  skip: "i:skip",
  back: "i:back",
  next: "i:continue",
  solved: "i:kb:yes",
  notSolved: "i:kb:no",
  reopen: "i:reopen",
  retry: "i:retry",
  fresh: "i:new",
} as const;

export function consentKeyboard(t: T) {
  return new InlineKeyboard().text(t("consent-accept"), CB.consentYes).text(t("consent-decline"), CB.consentNo);
}

export function topicKeyboard(t: T) {
  const kb = new InlineKeyboard();
  TOPICS.forEach((topic, i) => {
    kb.text(t(`topic-${topic}`), CB.topic(topic));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

export function questionKeyboard(t: T) {
  return new InlineKeyboard().text(t("btn-skip"), CB.skip).text(t("btn-back"), CB.back);
}

export function fileKeyboard(t: T, received: number) {
  return received > 0
    ? new InlineKeyboard().text(t("btn-continue"), CB.next)
    : new InlineKeyboard().text(t("btn-skip"), CB.skip);
}

export function solvedKeyboard(t: T) {
  return new InlineKeyboard().text(t("kb-solved-yes"), CB.solved).text(t("kb-solved-no"), CB.notSolved);
}

export function reopenKeyboard(t: T, number: number) {
  return new InlineKeyboard().text(t("reopen-same", { number: String(number) }), CB.reopen).row().text(t("reopen-new"), CB.fresh);
}

export function retryKeyboard(t: T) {
  return new InlineKeyboard().text(t("btn-retry"), CB.retry);
}

import { describe, expect, it } from "vitest";
import { newIntake, step, type IntakeEvent, type IntakeServices, type IntakeState, type KbAnswer } from "../../src/domain/intake/flow.js";

// The intake's decisions without a database: the state machine alone, with a knowledge base that
// answers what the test says it answers.

const services = (answers: KbAnswer[] = []): IntakeServices => ({ handoffAfterUnmatched: 3, bestAnswers: async () => answers });
const text = (t: string, messageId = 1): IntakeEvent => ({ kind: "message", text: t, attachments: [], messageId });
const press = (action: string): IntakeEvent => ({ kind: "press", action }) as IntakeEvent;

async function run(state: IntakeState, events: IntakeEvent[], svc = services()) {
  let s: IntakeState | null = state;
  const said: string[][] = [];
  const effects = [];
  for (const e of events) {
    const r = await step(s!, e, svc);
    said.push(r.say.map((x) => x.key));
    effects.push(...r.effects);
    s = r.state;
  }
  return { state: s, said, effects };
}

describe("the intake state machine", () => {
  it("asks for a sentence when every question is skipped, and files only once it has one", async () => {
    const start = newIntake({ updateId: 1, hasConsent: true });
    const r = await run(start, [press("topic-payment"), press("skip"), press("skip")]);
    expect(r.state?.step).toEqual({ at: "describe" });
    expect(r.effects).toEqual([]);
    const more = await run(r.state!, [text("58213"), press("skip")]);
    expect(more.effects).toEqual([{ kind: "open-ticket", topic: "payment", text: "58213", attachments: [], handoff: null }]);
  });

  it("never says the same hint twice in a row", async () => {
    const r = await run(newIntake({ updateId: 1, hasConsent: true }), [
      press("topic-payment"),
      { kind: "unusable", why: "emoji" },
      { kind: "unusable", why: "emoji" },
      { kind: "unusable", why: "emoji" },
    ]);
    expect(r.said.slice(1)).toEqual([["emoji-only"], ["q-payment-what"], ["emoji-only"]]);
  });

  it("keeps words said before consent and uses them once consent is given", async () => {
    const r = await run(newIntake({ updateId: 1, hasConsent: false }), [text("my card was declined at checkout"), text("visa"), press("consent-yes")]);
    expect(r.said[0]).toEqual(["consent-request"]);
    expect(r.said[1]).toEqual(["consent-needed"]);
    expect(r.effects).toContainEqual({ kind: "consent", given: true });
    expect(r.state).toMatchObject({ topic: "payment", parts: ["my card was declined at checkout", "visa"] });
  });

  it("answers a button of another step with where the conversation is", async () => {
    const r = await run(newIntake({ updateId: 1, hasConsent: true }), [press("topic-idea"), press("solved")]);
    expect(r.state?.step).toEqual({ at: "question", index: 0 });
  });

  it("hands over after messages it cannot place, with everything said", async () => {
    const r = await run(newIntake({ updateId: 1, hasConsent: true }), [text("hello"), text("hmm"), text("well")]);
    expect(r.effects).toEqual([
      { kind: "open-ticket", topic: "other", text: "hello\n\nhmm\n\nwell", attachments: [], handoff: { reason: "unmatched", queue: null, priority: "normal" } },
    ]);
  });

  it("offers a confident article for a question in any language, and not an unsure one", async () => {
    const article: KbAnswer = { id: 7, slug: "request-a-refund", title: "Refund", snippet: "…", confident: true };
    const sure = await run(newIntake({ updateId: 1, hasConsent: true }), [text("환불은 어떻게 받나요")], services([article]));
    expect(sure.state?.step).toEqual({ at: "card", articleId: 7 });
    const unsure = await run(newIntake({ updateId: 1, hasConsent: true }), [text("환불은 어떻게 받나요")], services([{ ...article, confident: false }]));
    expect(unsure.state?.step.at).not.toBe("card");
  });

  it("gives the same answer to the same step replayed", async () => {
    const s = newIntake({ updateId: 1, hasConsent: true });
    const a = await step(s, text("my card was declined"), services());
    const b = await step(s, text("my card was declined"), services());
    expect(b).toEqual(a);
  });
});

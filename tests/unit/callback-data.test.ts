import { describe, expect, it } from "vitest";
import { CALLBACK_DATA_MAX_BYTES, CallbackDataError, decode, encode, type CallbackAction, type CallbackKind } from "../../src/domain/callback-data.js";

// One example of every kind, with the exact data buttons already sent in chats carry: the wire
// format must never change under them.
const EXAMPLES: Array<[CallbackAction, string]> = [
  [{ kind: "intake", action: "consent-yes" }, "i:consent-yes"],
  [{ kind: "intake", action: "topic-payment" }, "i:topic-payment"],
  [{ kind: "intake-outdated", was: "topic:payment" }, "i:topic:payment"],
  [{ kind: "article", slug: "refund-timeline" }, "kb:refund-timeline"],
  [{ kind: "status", ticket: 10001 }, "status:10001"],
  [{ kind: "details", ticket: 10001 }, "details:10001"],
  [{ kind: "csat", ticket: 10001, score: 5 }, "csat:10001:5"],
  [{ kind: "nps", ticket: 10001, score: 0 }, "nps:10001:0"],
  [{ kind: "nps", ticket: 10001, score: 10 }, "nps:10001:10"],
  [{ kind: "follow-up", ticket: 10001, solved: true }, "fu:10001:yes"],
  [{ kind: "follow-up", ticket: 10001, solved: false }, "fu:10001:no"],
  [{ kind: "take", ticket: 999_999_999 }, "take:999999999"],
  [{ kind: "held-reply", messageId: 42, send: true }, "qc:send:42"],
  [{ kind: "held-reply", messageId: 42, send: false }, "qc:drop:42"],
  [{ kind: "captcha", chat: -1001234567890, user: 74001, choice: 3 }, "cm:c:-1001234567890:74001:3"],
  [{ kind: "join-verdict", approve: true, chat: -1001234567890, user: 74001 }, "cm:ok:-1001234567890:74001"],
  [{ kind: "join-verdict", approve: false, chat: -1001234567890, user: 74001 }, "cm:no:-1001234567890:74001"],
  [{ kind: "report-how" }, "cm:rh"],
  [{ kind: "report-ban", chat: -1001234567890, user: 74001, message: 991 }, "cm:rb:-1001234567890:74001:991"],
  [{ kind: "appeal", chat: -1001234567890, user: 74001 }, "cm:ap:-1001234567890:74001"],
  [{ kind: "lift", chat: -1001234567890, user: 74001 }, "cm:lf:-1001234567890:74001"],
  [{ kind: "experiment-stop", code: "short-help" }, "exp:stop:short-help"],
  [{ kind: "experiment-ship", code: "short-help", variant: "B" }, "exp:ship:short-help:B"],
  [{ kind: "experiment-ship", code: "x".repeat(40), variant: "D" }, `exp:ship:${"x".repeat(40)}:D`],
  [{ kind: "review-open", review: 12 }, "qa:o:12"],
  [{ kind: "review-save", review: 12 }, "qa:f:12"],
  [{ kind: "review-score", review: 12, item: "greeting", value: 2 }, "qa:s:12:0:2"],
  [{ kind: "review-score", review: 12, item: "summary", value: 0 }, "qa:s:12:5:0"],
  [{ kind: "review-score", review: 12, item: "next_steps", value: 1 }, "qa:s:12:4:1"],
  [{ kind: "assist-macro", code: "refund-eta", ticket: 10001 }, "am:refund-eta:10001"],
  [{ kind: "assist-macro", code: "m".repeat(40), ticket: 999_999_999 }, `am:${"m".repeat(40)}:999999999`],
];

describe("callback data", () => {
  it("encodes every kind in its frozen wire format and reads it back as the same action", () => {
    for (const [action, data] of EXAMPLES) {
      expect(encode(action)).toBe(data);
      expect(decode(data)).toEqual(action);
    }
  });

  it("has an example for every kind of button", () => {
    const kinds: Record<CallbackKind, true> = {
      intake: true,
      "intake-outdated": true,
      article: true,
      status: true,
      details: true,
      csat: true,
      nps: true,
      "follow-up": true,
      take: true,
      "held-reply": true,
      captcha: true,
      "join-verdict": true,
      "report-how": true,
      "report-ban": true,
      appeal: true,
      lift: true,
      "experiment-stop": true,
      "experiment-ship": true,
      "review-open": true,
      "review-score": true,
      "review-save": true,
      "assist-macro": true,
    };
    expect(new Set(EXAMPLES.map(([a]) => a.kind))).toEqual(new Set(Object.keys(kinds)));
  });

  it("reads nothing into garbage or near misses", () => {
    for (const junk of [
      "",
      "nonsense",
      "\u0000",
      "take:",
      "take:abc",
      "take:10001 ",
      " take:10001",
      "take:10001:extra",
      "take:0",
      "take:1234567890",
      "TAKE:10001",
      "csat:10001:6",
      "csat:10001:0",
      "nps:10001:11",
      "fu:10001:maybe",
      "qc:keep:42",
      "kb:Refund",
      "kb:",
      "kb:a/b",
      "i:",
      "i:topic:\u0000",
      "cm:c:0:74001:3",
      "cm:c:-1001234567890:74001:x",
      "cm:ok:-1001234567890:99999999999999999",
      "cm:rh:1",
      "rate:5:99999999999",
      "held/0/0/42/h1a2b",
      "exp:stop:short-help:B",
      "exp:ship:short-help",
      "exp:ship:short-help:E",
      "exp:ship:Short-help:B",
      "exp:halt:short-help",
      `exp:stop:${"x".repeat(41)}`,
      "qa:o:0",
      "qa:o:",
      "qa:s:12:6:2",
      "qa:s:12:0:3",
      "qa:s:12:0",
      "qa:f:12:1",
      "qa:x:12",
      "am:refund-eta",
      "am:refund-eta:0",
      "am:-refund:10001",
      "am:Refund:10001",
      "am:refund-eta:10001:1",
    ]) {
      expect(decode(junk), junk).toBeNull();
    }
  });

  it("rejects data over Telegram's 64 bytes, and refuses to build it", () => {
    expect(decode(`kb:${"a".repeat(CALLBACK_DATA_MAX_BYTES)}`)).toBeNull();
    expect(decode(`i:${"x".repeat(63)}`)).toBeNull();
    // Within the limit in characters, over it in bytes.
    expect(decode(`i:${"й".repeat(40)}`)).toBeNull();
    expect(() => encode({ kind: "intake-outdated", was: "x".repeat(63) })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "article", slug: "a".repeat(62) })).toThrow(CallbackDataError);
  });

  it("refuses to build a button that would not read back as itself", () => {
    expect(() => encode({ kind: "csat", ticket: 10001, score: 7 })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "take", ticket: -1 })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "take", ticket: 1.5 })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "article", slug: "Has Spaces" })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "intake-outdated", was: "consent-yes" })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "lift", chat: 2 ** 60, user: 1 })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "experiment-ship", code: "short-help", variant: "E" })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "experiment-stop", code: "x".repeat(41) })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "review-open", review: 0 })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "review-score", review: 12, item: "nonsense" as "tone", value: 2 })).toThrow(CallbackDataError);
    expect(() => encode({ kind: "assist-macro", code: "Refund", ticket: 10001 })).toThrow(CallbackDataError);
  });
});

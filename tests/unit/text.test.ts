import { describe, expect, it } from "vitest";
import { cleanJson } from "../../src/domain/text/json.js";
import { cleanText, isBlank, isOnlyEmoji, normalizeText, unsafeTextReason } from "../../src/domain/text/normalize.js";
import { splitText, storedText, truncateAtWord, truncateText } from "../../src/domain/text/truncate.js";
import { subjectOf } from "../../src/domain/tickets/tickets.js";
import { emojiAtEveryCut } from "../helpers/fuzz.js";

const wellFormed = (s: string) => unsafeTextReason(s) === null;

describe("text normalisation", () => {
  it("drops NUL and control characters, keeps tabs and line breaks, replaces lone surrogates", () => {
    expect(normalizeText("a\u0000b\u0007c\u009f\td\r\ne\rf")).toBe("abc\td\ne\nf");
    expect(normalizeText("x\ud800y\udfffz")).toBe("x\ufffdy\ufffdz");
    expect(normalizeText("e\u0301")).toBe("é");
  });

  it("treats zero-width and filler-only text as empty", () => {
    for (const blank of ["", "   ", "\u200b\u200b", "\u200f\u200e", "\ufeff", "\u3164\u2800", "\u2060 \u200d"]) {
      expect(isBlank(blank), JSON.stringify(blank)).toBe(true);
      expect(cleanText(blank)).toBe("");
    }
    expect(cleanText("\u200b hello \u200b")).toBe("hello");
  });

  it("counts digits, '#' and '*' as words, not emoji", () => {
    for (const word of ["10001", "58213", "#", "*", "#1", "42 🙂 order"]) expect(isOnlyEmoji(word), word).toBe(false);
    for (const emoji of ["👍", "🙏🏽 🙏🏽", "👨‍👩‍👧‍👦", "🇺🇦", "1️⃣", "❤️"]) expect(isOnlyEmoji(emoji), emoji).toBe(true);
  });
});

describe("grapheme-safe cuts", () => {
  it("never cuts an emoji, a flag or a family in half, at any position", () => {
    const text = emojiAtEveryCut(500, 7).replaceAll("😀", "👨‍👩‍👧‍👦🇺🇦");
    for (let n = 0; n <= 300; n++) {
      const cut = truncateText(text, n, "…");
      expect(cut.length).toBeLessThanOrEqual(Math.max(n, 1));
      expect(wellFormed(cut), `cut at ${n}`).toBe(true);
      expect(text.startsWith(cut.replace(/…$/, ""))).toBe(true);
    }
    expect(truncateAtWord("word ".repeat(100), 42)).toBe("word word word word word word word word");
  });

  it("makes a subject of the first visible line, within 80 units, whole graphemes only", () => {
    expect(subjectOf("\u200b\u200b\n  \nMy card 👍 was charged", "payment")).toBe("My card 👍 was charged");
    expect(subjectOf("\u200b\u200b", "payment")).toBe("payment");
    for (let offset = 70; offset < 82; offset++) {
      const subject = subjectOf(`${"a".repeat(offset)}👨‍👩‍👧‍👦 tail`, "other");
      expect(subject.length).toBeLessThanOrEqual(80);
      expect(wellFormed(subject)).toBe(true);
    }
  });

  it("splits long text into pieces Telegram takes, emoji whole", () => {
    const pieces = splitText("😀".repeat(5000), 4096);
    expect(pieces.every((p) => p.length <= 4096 && wellFormed(p))).toBe(true);
    expect(pieces.join("")).toBe("😀".repeat(5000));
    expect(storedText(" \u0000 hi 😀", 4)).toBe("hi");
    expect(storedText(" \u0000 hi 😀", 5)).toBe("hi 😀");
  });
});

describe("JSON for jsonb", () => {
  it("drops NUL and lone surrogates everywhere and moves entity offsets with the text", () => {
    const update = {
      update_id: 1,
      message: {
        text: "/st\u0000art a\u0000b link",
        entities: [
          { type: "bot_command", offset: 0, length: 7 },
          { type: "url", offset: 12, length: 4 },
        ],
        from: { first_name: "A\u0000nn\ud800" },
      },
    };
    const clean = cleanJson(update);
    expect(clean.message.text).toBe("/start ab link");
    expect(clean.message.entities).toEqual([
      { type: "bot_command", offset: 0, length: 6 },
      { type: "url", offset: 10, length: 4 },
    ]);
    expect(clean.message.from.first_name).toBe("Ann\ufffd");
    expect(JSON.stringify(clean)).not.toMatch(/\\u0000|\\ud800/);
    const fine = { a: "ok" };
    expect(cleanJson(fine)).toBe(fine);
  });
});

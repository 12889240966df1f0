// One normalisation for every text that comes in from outside (Telegram updates, API bodies,
// query strings, file names). PostgreSQL refuses NUL in text and lone UTF-16 surrogates in jsonb,
// so either of them used to turn a customer's message into an error deep inside a transaction;
// invisible text (zero-width spaces only) used to make tickets whose subject nobody can see.

/** C0 controls except tab and line feed, DEL and the C1 block: nothing a person types. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Characters that show nothing on their own: whitespace, format characters (zero-width space and
 * joiners, direction marks, BOM, soft hyphen...), variation selectors and the "filler" letters
 * people use to send blank-looking messages (Hangul fillers, the blank Braille pattern).
 */
const INVISIBLE = /[\s\p{Cf}\p{Variation_Selector}\u115F\u1160\u3164\uFFA0\u2800]/u;
const ONLY_INVISIBLE = new RegExp(`^${INVISIBLE.source}*$`, "u");
const EDGE_INVISIBLE = /^[\s\u200B\u2060\uFEFF]+|[\s\u200B\u2060\uFEFF]+$/g;

export const REPLACEMENT_CHARACTER = "\uFFFD";

/**
 * The text as the desk stores it: lone surrogates become U+FFFD (a character was lost, and the
 * reader should see that something was there), control characters other than tab and line feed
 * are dropped (a carriage return becomes a line feed), and the result is in NFC so that the same
 * word typed on two keyboards compares equal. Length may change: do not use it on text whose
 * entity offsets still matter (see `sanitizeMessageText`).
 */
export function normalizeText(input: string): string {
  return input.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER).replace(/\r\n?/g, "\n").replace(CONTROL, "").normalize("NFC");
}

/** True when the text shows nothing: empty, whitespace, zero-width characters, fillers. */
export function isBlank(text: string): boolean {
  return ONLY_INVISIBLE.test(text);
}

/**
 * What a person meant to write: normalised and trimmed (zero-width spaces at the edges included);
 * a text that shows nothing comes back as "".
 */
export function cleanText(input: string): string {
  const text = normalizeText(input).replace(EDGE_INVISIBLE, "");
  return isBlank(text) ? "" : text;
}

/** Whether a string would be refused by PostgreSQL as it is (the API answers 400 for these). */
export function unsafeTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character";
  LONE_SURROGATE.lastIndex = 0;
  if (LONE_SURROGATE.test(text)) {
    LONE_SURROGATE.lastIndex = 0;
    return "contains an unpaired UTF-16 surrogate";
  }
  return null;
}

// Pictographs, skin tones, flags (regional indicators), tag sequences, joiners and variation
// selectors. Digits, '#' and '*' are emoji *components* in Unicode (for keycaps like 1️⃣), but on
// their own they are an order number or a code, not an emoji: "58213" is an answer.
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/gu;
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}\s]/u;
const ONLY_EMOJI_PARTS = new RegExp(`^${EMOJI_PART.source}+$`, "u");
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** True for a text made only of emoji (and spaces between them), e.g. "👍", "🙏🏽 🙏🏽", "1️⃣". */
export function isOnlyEmoji(text: string): boolean {
  const withoutKeycaps = text.replace(KEYCAP, "\u2B50");
  return PICTOGRAPH.test(withoutKeycaps) && ONLY_EMOJI_PARTS.test(withoutKeycaps);
}

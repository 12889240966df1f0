// Cutting text to a size without cutting a character in half. A limit counted in UTF-16 units
// (Telegram's 4096, a column's length) that falls inside an emoji used to leave a lone surrogate,
// which PostgreSQL then refused: a customer whose first line had an emoji at the cut could not
// open a ticket at all. Cuts here fall between grapheme clusters (what a reader sees as one
// character: a flag, a family emoji, a letter with its accents).

import { cleanText } from "./normalize.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The longest prefix of `text`, at most `maxUnits` UTF-16 units long, that ends on a grapheme
 * boundary. With `ellipsis`, a cut text ends with it (and the whole stays within `maxUnits`).
 */
export function truncateText(text: string, maxUnits: number, ellipsis = ""): string {
  if (text.length <= maxUnits) return text;
  const room = Math.max(0, maxUnits - ellipsis.length);
  return `${text.slice(0, graphemeBoundaryAtOrBefore(text, room))}${ellipsis}`;
}

/**
 * Like `truncateText`, but prefers to cut at the last space or line break in the second half of
 * the allowed length, so that a word is not cut either.
 */
export function truncateAtWord(text: string, maxUnits: number, ellipsis = ""): string {
  if (text.length <= maxUnits) return text;
  const room = Math.max(0, maxUnits - ellipsis.length);
  const space = Math.max(text.lastIndexOf(" ", room), text.lastIndexOf("\n", room));
  const at = space > room / 2 ? space : graphemeBoundaryAtOrBefore(text, room);
  return `${text.slice(0, at).trimEnd()}${ellipsis}`;
}

/** The largest grapheme boundary of `text` that is <= `index` (0 if the first grapheme is longer). */
export function graphemeBoundaryAtOrBefore(text: string, index: number): number {
  if (index >= text.length) return text.length;
  if (index <= 0) return 0;
  // Graphemes are short: segmenting a window before the cut is enough and keeps the cost bounded
  // by the window, not the text. The window reaches far enough back to hold the longest sequences
  // in use (family emoji, tag flags: under 40 units).
  const from = Math.max(0, index - 256);
  let boundary = from;
  for (const { index: start } of segmenter.segment(text.slice(from, index + 1))) {
    const at = from + start;
    if (at > index) break;
    boundary = at;
  }
  // A window that began inside a grapheme could report a false boundary at `from` only when the
  // cut itself is inside that grapheme; segment from the start then (rare, and still bounded).
  if (boundary === from && from > 0) {
    let b = 0;
    for (const { index: start } of segmenter.segment(text.slice(0, index + 1))) {
      if (start > index) break;
      b = start;
    }
    return b;
  }
  return boundary;
}

/** Splits text into pieces of at most `maxUnits` units, at line or word boundaries when possible. */
export function splitText(text: string, maxUnits: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > maxUnits) {
    const cut = Math.max(rest.lastIndexOf("\n", maxUnits), rest.lastIndexOf(" ", maxUnits));
    const at = cut > maxUnits / 2 ? cut : graphemeBoundaryAtOrBefore(rest, maxUnits);
    const piece = rest.slice(0, at || maxUnits);
    parts.push(piece);
    rest = rest.slice(piece.length).replace(/^\s+/, "");
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Text as it is stored: normalised, trimmed and cut between graphemes to at most `maxUnits`. */
export function storedText(text: string, maxUnits: number): string {
  return truncateText(cleanText(text), maxUnits).trimEnd();
}

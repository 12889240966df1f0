// Snippets are plain text with the matched words between « and »: safe in any surface once the
// surface escapes it (the bot sends HTML, so it escapes and may turn «…» into <b>…</b>; the Mini
// App renders text). Quotes of that shape in an article become “” so the markers stay unambiguous.

export const HIGHLIGHT_OPEN = "«";
export const HIGHLIGHT_CLOSE = "»";
const WIDTH = 160;
const LEAD = 50;
// Characters of scripts written without spaces; a question in them is matched as a substring.
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/u;
const LONGEST_RUN = 30;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
/** An article's own « » become “ ” (the search query does the same before ts_headline). */
const plainQuotes = (text: string) => text.replaceAll(HIGHLIGHT_OPEN, "“").replaceAll(HIGHLIGHT_CLOSE, "”");

const FRAGMENTS = " … ";
const unmark = (text: string) => text.replaceAll(HIGHLIGHT_OPEN, "").replaceAll(HIGHLIGHT_CLOSE, "");

/**
 * A ts_headline result (fragments of the body, « » around matches), tidied, with "…" where it
 * leaves out the body's start or end; null when it highlighted nothing (the match was elsewhere).
 */
export function fromHeadline(headline: string | null, body: string): string | null {
  if (!headline || !headline.includes(HIGHLIGHT_OPEN)) return null;
  const text = squash(headline);
  const whole = squash(plainQuotes(body));
  const fragments = text.split(FRAGMENTS);
  const head = unmark(fragments[0]!).trim();
  const tail = unmark(fragments.at(-1)!).trim();
  return `${whole.startsWith(head) ? "" : "… "}${text}${whole.endsWith(tail) ? "" : " …"}`;
}

/**
 * A window of the body around the first place the question matches, for what full-text search
 * cannot highlight: Chinese or Thai runs (matched as character pairs), or a question that matched
 * only the title or keywords. Words match by their beginning, so "payments" finds "payment".
 */
export function windowSnippet(body: string, question: string): string {
  const text = squash(plainQuotes(body));
  const hit = findMatch(text, question);
  if (!hit) return cut(text, 0, WIDTH);
  let start = Math.max(0, hit.at - LEAD);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < hit.at) start = space + 1;
  }
  const end = Math.min(text.length, Math.max(start + WIDTH, hit.at + hit.length));
  const marked = `${text.slice(start, hit.at)}${HIGHLIGHT_OPEN}${text.slice(hit.at, hit.at + hit.length)}${HIGHLIGHT_CLOSE}${text.slice(hit.at + hit.length, end)}`;
  return `${start > 0 ? "… " : ""}${marked}${end < text.length ? " …" : ""}`;
}

function cut(text: string, start: number, width: number): string {
  if (text.length <= width) return text;
  const space = text.lastIndexOf(" ", start + width);
  const end = space > start + width / 2 ? space : start + width;
  return `${text.slice(start, end)} …`;
}

interface Match {
  at: number;
  length: number;
}

function findMatch(text: string, question: string): Match | null {
  // Positions found in the lower-cased text must hold in the original: a few letters change
  // length in lower case (İ), and then the original is searched as it is.
  const folded = text.toLowerCase();
  const lower = folded.length === text.length ? folded : text;
  let best: Match | null = null;
  for (const run of question
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!run) continue;
    const m = UNSPACED.test(run) ? longestPiece(lower, run) : run.length >= 3 ? wordStarting(lower, run) : null;
    if (m && (!best || m.length > best.length || (m.length === best.length && m.at < best.at))) best = m;
  }
  return best;
}

/** The longest piece (two characters or more) of a run that the text contains. */
function longestPiece(lower: string, run: string): Match | null {
  const chars = [...run].slice(0, LONGEST_RUN);
  for (let size = chars.length; size >= 2; size--) {
    for (let i = 0; i + size <= chars.length; i++) {
      const piece = chars.slice(i, i + size).join("");
      const at = lower.indexOf(piece);
      if (at >= 0) return { at, length: piece.length };
    }
  }
  return null;
}

/** The first word of the text that starts like the given word: the whole word, else ever
 * shorter beginnings of it down to 60% ("refunding" finds "Refund"), a rough stem. */
function wordStarting(lower: string, word: string): Match | null {
  for (let size = word.length; size >= Math.max(3, Math.ceil(word.length * 0.6)); size--) {
    const found = wordAt(lower, word.slice(0, size));
    if (found) return found;
  }
  return null;
}

function wordAt(lower: string, stem: string): Match | null {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(stem, from);
    if (at < 0) return null;
    const before = at === 0 ? " " : lower[at - 1]!;
    if (!/[\p{L}\p{N}]/u.test(before)) {
      let end = at + stem.length;
      while (end < lower.length && /[\p{L}\p{N}\p{M}]/u.test(lower[end]!)) end++;
      return { at, length: end - at };
    }
    from = at + 1;
  }
}

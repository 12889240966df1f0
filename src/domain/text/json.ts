// Values that arrive as JSON from outside and are stored as jsonb before anything reads them
// (Telegram's updates in the update inbox): PostgreSQL refuses "\u0000" and unpaired surrogates
// in jsonb, so one such character anywhere would make the whole update unstorable, and Telegram
// would send it again and again. Only those two are touched here; the text of a message is
// normalised properly when it is read (normalize.ts).

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_DEPTH = 64;

interface Entity {
  offset: number;
  length: number;
}

/** Whether any string (or key) in a JSON value would be refused by jsonb. */
export function jsonNeedsCleaning(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000") || hasLoneSurrogate(value);
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) return false;
  for (const [k, v] of Object.entries(value)) if (jsonNeedsCleaning(k) || jsonNeedsCleaning(v, depth + 1)) return true;
  return false;
}

/**
 * A copy of a JSON value that jsonb accepts: NUL characters dropped, unpaired surrogates replaced
 * with U+FFFD. Telegram's formatting entities (`entities` beside `text`, `caption_entities` beside
 * `caption`) count UTF-16 units, so their offsets are moved by the characters dropped before them:
 * a /command stays a command, a link keeps its text.
 */
export function cleanJson<T>(value: T): T {
  if (!jsonNeedsCleaning(value)) return value;
  return clean(value, 0) as T;
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === "string") return cleanString(value);
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) out[cleanString(k)] = clean(v, depth + 1);
  for (const [textKey, entitiesKey] of [
    ["text", "entities"],
    ["caption", "caption_entities"],
  ] as const) {
    const text = source[textKey];
    const entities = source[entitiesKey];
    if (typeof text === "string" && Array.isArray(entities) && text.includes("\u0000")) {
      out[entitiesKey] = shiftEntities(text, entities as Entity[]);
    }
  }
  return out;
}

function cleanString(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD").replace(NUL, "");
}

function hasLoneSurrogate(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  const found = LONE_SURROGATE.test(s);
  LONE_SURROGATE.lastIndex = 0;
  return found;
}

/** Entities of `text` moved to where they are once its NUL characters are gone; empty ones dropped. */
function shiftEntities(text: string, entities: Entity[]): Entity[] {
  const removedBefore: number[] = new Array(text.length + 1);
  let removed = 0;
  for (let i = 0; i <= text.length; i++) {
    removedBefore[i] = removed;
    if (text[i] === "\u0000") removed++;
  }
  const at = (i: number) => removedBefore[Math.max(0, Math.min(text.length, i))]!;
  return entities
    .filter((e) => e && typeof e.offset === "number" && typeof e.length === "number")
    .map((e) => {
      const start = e.offset - at(e.offset);
      const end = e.offset + e.length - at(e.offset + e.length);
      return { ...e, offset: start, length: end - start };
    })
    .filter((e) => e.length > 0);
}

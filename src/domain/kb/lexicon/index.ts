import { ar } from "./ar.js";
import { az } from "./az.js";
import { en } from "./en.js";
import { ko } from "./ko.js";
import { ru } from "./ru.js";
import { th } from "./th.js";
import { zh } from "./zh.js";
import type { Lexicon } from "./types.js";

export type { Lexicon } from "./types.js";

/** Stop words and synonyms by language; a language without one is searched by its words alone. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, ru, ko, az, ar, th, zh, ja: { stopWords: zh.stopWords, synonyms: [] } };

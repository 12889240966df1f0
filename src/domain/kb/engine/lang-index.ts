// The search index of one language: an inverted index from terms to the translations that use
// them, with the field each is in. A question is turned into units (its meaningful words); each
// unit matches through variants (the word itself, its character pairs, a synonym concept, a typo
// correction, a longer or shorter form), and an article's match quality is the share of the
// question's meaning (its units, weighted by rarity) that the article covers, with the title and
// keywords counting more than the body, blended with how close the question is to one of the
// article's own phrasings (title, keywords, queries editors linked to it). Quality is a share, 0
// to 1, so one threshold means the same in every language, whatever its segmentation.
import { chars, fold, pairs, stem, tokenize, usesPairs, words, type Token } from "./text.js";
import { TypoIndex } from "./typos.js";
import type { Lexicon } from "../lexicon/types.js";

export const FIELD = { title: 1, keywords: 2, body: 4, learned: 8 } as const;
export type FieldName = keyof typeof FIELD;

/** How much a match in each field is worth (the best field of a term counts). */
const FIELD_WEIGHT = { title: 1, learned: 1, keywords: 0.9, body: 0.5 } as const;
/** Bonus by field mask (title 1, keywords 2, body 4): 0.05 for each field past the first. */
const AGREEMENT = [0, 0, 0, 0.05, 0, 0.05, 0.05, 0.1];
/** Variants count less than the word itself. */
const FACTOR = { exact: 1, pair: 0.9, concept: 0.8, typo1: 0.8, typo2: 0.65, prefix: 0.7 } as const;
/** Weight of a word no article of the language uses: little is known about it. */
const UNKNOWN_WEIGHT = 1;
const CANDIDATES = 16;
const HEAD = FIELD.title | FIELD.keywords | FIELD.learned;
const NO_PHRASE = { best: 0, overlapping: 0 };
/** Rank bonus for each phrasing of the article that shares words with the question (up to 6). */
const EVIDENCE = 0.02;
/** Words in more than this share of a big index's translations are left out of a question. */
const UBIQUITOUS_SHARE = 0.6;
const UBIQUITY_FLOOR = 500;
const PREFIX_EXPANSIONS = 4;
/** At most this many translations use a word: it may be a misspelling kept as a keyword. */
const RARE = 2;
const PAIR = "\u0002";
const CONCEPT = "\u0001";
/** Languages whose synonyms are found as runs of characters, not as sequences of words. */
const UNSPACED = new Set(["zh", "ja", "th"]);

export interface DocFields {
  title: string;
  keywords: readonly string[];
  body: string;
  learned: readonly string[];
}

interface Slot {
  terms: string[];
}

interface Doc {
  articleId: number;
  alive: boolean;
  /**
   * Each phrasing of the article (title, keywords, linked queries) as slots (a word and the
   * concepts it is part of), flattened to keep the number of objects small: phraseTerms holds
   * every slot's terms in order, slotEnds where each slot ends in it, phraseEnds where each
   * phrasing ends in slotEnds.
   */
  phraseTerms: string[];
  slotEnds: Uint32Array;
  phraseEnds: Uint32Array;
  terms: string[];
}

interface Posting {
  /** The term itself: documents keep this one string, not a copy each (less to collect). */
  term: string;
  docs: number[];
  fields: number[];
}

interface Variant {
  term: string;
  factor: number;
  /** The unit's character pairs: each is 1/parts of the word. */
  parts?: number;
}

interface Unit {
  weight: number;
  variants: Variant[];
}

export interface LangHit {
  articleId: number;
  /** 0..1: how much of the question the article answers (see the top of this file). */
  quality: number;
  /** The words of the article that matched (stems), for highlighting. */
  matched: string[];
}

interface ConceptPhrase {
  concept: string;
  terms: string[];
  compact: string;
}

export class LangIndex {
  private readonly docs: Doc[] = [];
  private readonly postings = new Map<string, Posting>();
  private readonly df = new Map<string, number>();
  private readonly typos = new TypoIndex();
  private vocabulary: string[] | null = null;
  private readonly vocabSet = new Set<string>();
  private alive = 0;
  private dead = 0;
  /** Counts adds and removes: the cached weights of terms are from one count. */
  private changes = 0;
  private idfAt = -1;
  private readonly idfCache = new Map<string, number>();
  private readonly stop: Set<string>;
  private readonly phrasesByFirst = new Map<string, ConceptPhrase[]>();
  private readonly compactPhrases: ConceptPhrase[] = [];
  // Scratch space for scoring, reused between searches.
  private best = new Float64Array(0);
  private part = new Float64Array(0);
  private total = new Float64Array(0);
  private mark = new Uint8Array(0);
  private readonly usedTerms = new Set<string>();
  /** 1 for a translation in the index, 0 for a replaced one (postings keep it until a rebuild). */
  private live = new Uint8Array(64);

  constructor(
    readonly lang: string,
    lexicon: Lexicon | undefined,
  ) {
    this.stop = new Set((lexicon?.stopWords ?? []).flatMap((w) => tokenize(w, lang).map((t) => t.term)));
    for (const [g, group] of (lexicon?.synonyms ?? []).entries()) {
      for (const phrase of group) {
        const terms = tokenize(phrase, lang).map((t) => t.term);
        if (!terms.length) continue;
        const p = { concept: `${CONCEPT}${g}`, terms, compact: words(fold(phrase), lang).join("") };
        if (UNSPACED.has(lang)) this.compactPhrases.push(p);
        else {
          const list = this.phrasesByFirst.get(terms[0]!);
          if (list) list.push(p);
          else this.phrasesByFirst.set(terms[0]!, [p]);
        }
      }
    }
    this.compactPhrases.sort((a, b) => b.compact.length - a.compact.length);
  }

  get size(): number {
    return this.alive;
  }

  get garbage(): number {
    return this.dead;
  }

  isStopWord(term: string): boolean {
    return this.stop.has(term);
  }

  // --- building ---------------------------------------------------------------------------

  /** Concepts (synonym groups) said in a text, with the token positions each covers. */
  concepts(text: string, tokens: Token[]): Array<{ concept: string; positions: number[] }> {
    const found: Array<{ concept: string; positions: number[] }> = [];
    if (UNSPACED.has(this.lang)) {
      const compact = tokens.map((t) => t.surface).join("");
      if (!compact) return found;
      // Token i covers compact[offsets[i], offsets[i + 1]).
      const offsets: number[] = [];
      let at = 0;
      for (const t of tokens) {
        offsets.push(at);
        at += t.surface.length;
      }
      const tokenAt = (offset: number) => {
        let i = 0;
        while (i + 1 < offsets.length && offsets[i + 1]! <= offset) i++;
        return tokens[i]!.pos;
      };
      for (const p of this.compactPhrases) {
        let from = 0;
        for (;;) {
          const i = compact.indexOf(p.compact, from);
          if (i < 0) break;
          const first = tokenAt(i);
          const last = tokenAt(i + p.compact.length - 1);
          const positions: number[] = [];
          for (let k = first; k <= last; k++) positions.push(k);
          found.push({ concept: p.concept, positions });
          from = i + p.compact.length;
        }
      }
      return found;
    }
    const terms = tokens.map((t) => t.term);
    for (let i = 0; i < terms.length; i++) {
      for (const p of this.phrasesStarting(terms[i]!)) {
        const positions = [tokens[i]!.pos];
        let j = i;
        let ok = true;
        for (let k = 1; k < p.terms.length; k++) {
          let next = -1;
          for (let g = j + 1; g <= Math.min(j + 2, terms.length - 1); g++) {
            if (sameWord(terms[g]!, p.terms[k]!)) {
              next = g;
              break;
            }
          }
          if (next < 0) {
            ok = false;
            break;
          }
          positions.push(tokens[next]!.pos);
          j = next;
        }
        if (ok) found.push({ concept: p.concept, positions });
      }
    }
    return found;
  }

  /** Synonym phrases whose first word is this word or the start of it (see sameWord). */
  private phrasesStarting(term: string): ConceptPhrase[] {
    const exact = this.phrasesByFirst.get(term) ?? NONE;
    if (this.lang !== "ko" || term.length < 2 || !HANGUL.test(term)) return exact;
    let out: ConceptPhrase[] | null = null;
    for (let k = 1; k < term.length; k++) {
      const more = this.phrasesByFirst.get(term.slice(0, k));
      if (more) (out ??= [...exact]).push(...more);
    }
    return out ?? exact;
  }

  /** Terms of one field: words, their character pairs, and the concepts the field says. */
  private fieldTerms(text: string): { terms: string[]; slots: Slot[] } {
    const tokens = tokenize(text, this.lang);
    const slots: Slot[] = tokens.map((t) => ({ terms: [t.term] }));
    const terms: string[] = [];
    for (const t of tokens) {
      terms.push(t.term);
      if (usesPairs(t.term)) for (const p of pairsOf(t.term)) terms.push(PAIR + p);
    }
    for (const c of this.concepts(text, tokens)) {
      terms.push(c.concept);
      for (const pos of c.positions) {
        const slot = slotAt(tokens, slots, pos);
        if (slot && !slot.terms.includes(c.concept)) slot.terms.push(c.concept);
      }
    }
    return { terms, slots: slots.filter((s, i) => !this.stop.has(tokens[i]!.term) || s.terms.length > 1) };
  }

  add(articleId: number, fields: DocFields): number {
    const id = this.docs.length;
    const perTerm = new Map<string, number>();
    const phrases: Slot[][] = [];
    const put = (name: FieldName, text: string, phrase: boolean) => {
      const { terms, slots } = this.fieldTerms(text);
      for (const t of terms) {
        if (this.stop.has(t)) continue;
        perTerm.set(t, (perTerm.get(t) ?? 0) | FIELD[name]);
      }
      if (phrase && slots.length) phrases.push(slots);
    };
    put("title", fields.title, true);
    for (const k of fields.keywords) put("keywords", k, true);
    for (const q of fields.learned) put("learned", q, true);
    put("body", fields.body, false);
    const terms: string[] = [];
    for (const [term, mask] of perTerm) {
      let p = this.postings.get(term);
      if (!p) {
        p = { term, docs: [], fields: [] };
        this.postings.set(term, p);
      }
      p.docs.push(id);
      p.fields.push(mask);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      terms.push(p.term);
      if (term[0] !== PAIR && term[0] !== CONCEPT && !this.vocabSet.has(term)) {
        this.vocabSet.add(term);
        this.typos.add(term);
        this.vocabulary = null;
      }
    }
    const phraseTerms: string[] = [];
    const slotEnds: number[] = [];
    const phraseEnds: number[] = [];
    for (const slots of phrases) {
      for (const slot of slots) {
        for (const t of slot.terms) phraseTerms.push(this.postings.get(t)?.term ?? t);
        slotEnds.push(phraseTerms.length);
      }
      phraseEnds.push(slotEnds.length);
    }
    this.docs.push({ articleId, alive: true, phraseTerms, slotEnds: Uint32Array.from(slotEnds), phraseEnds: Uint32Array.from(phraseEnds), terms });
    if (id >= this.live.length) {
      const grown = new Uint8Array(this.live.length * 2);
      grown.set(this.live);
      this.live = grown;
    }
    this.live[id] = 1;
    this.alive++;
    this.changes++;
    return id;
  }

  remove(docId: number): void {
    const d = this.docs[docId];
    if (!d?.alive) return;
    d.alive = false;
    this.live[docId] = 0;
    for (const t of d.terms) this.df.set(t, (this.df.get(t) ?? 1) - 1);
    d.terms = [];
    d.phraseTerms = [];
    d.slotEnds = EMPTY;
    d.phraseEnds = EMPTY;
    this.alive--;
    this.dead++;
    this.changes++;
  }

  // --- searching --------------------------------------------------------------------------

  /** Whether any word of the question is in this index as written: worth searching at all. */
  knowsAny(query: string): boolean {
    for (const t of tokenize(query, this.lang)) if (!this.stop.has(t.term) && this.has(t.term)) return true;
    return false;
  }

  private idf(term: string): number {
    if (this.idfAt !== this.changes) {
      this.idfCache.clear();
      this.idfAt = this.changes;
    }
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const df = this.df.get(term) ?? 0;
      const n = Math.max(this.alive, 1);
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.idfCache.set(term, v);
    }
    return v;
  }

  private has(term: string): boolean {
    return (this.df.get(term) ?? 0) > 0;
  }

  private sortedVocabulary(): string[] {
    this.vocabulary ??= [...this.vocabSet].sort();
    return this.vocabulary;
  }

  /** Known words that start with a word, or that it starts with: other forms of it. */
  private otherForms(term: string): string[] {
    const len = chars(term).length;
    if (len < 4 || /\d/.test(term)) return [];
    const vocab = this.sortedVocabulary();
    const out: Array<{ w: string; df: number }> = [];
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocab[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < vocab.length && vocab[i]!.startsWith(term); i++) {
      const w = vocab[i]!;
      if (w !== term && chars(w).length <= len + 4 && this.has(w)) out.push({ w, df: this.df.get(w)! });
    }
    for (let cut = len - 1; cut >= Math.max(4, len - 3); cut--) {
      const shorter = term.slice(0, cut);
      if (this.has(shorter)) out.push({ w: shorter, df: this.df.get(shorter)! });
    }
    out.sort((a, b) => a.df - b.df || (a.w < b.w ? -1 : 1));
    return out.slice(0, PREFIX_EXPANSIONS).map((x) => x.w);
  }

  /** The question as units to match, and the typo-corrected terms for synonyms and highlighting. */
  private units(query: string): Unit[] {
    const tokens = tokenize(query, this.lang);
    // Misspelt words are corrected first, so that synonyms see the meant word.
    // A rare word may itself be a misspelling some article keeps among its keywords ("acount"):
    // words much more common and one edit away are then tried as well.
    const corrected = tokens.map((t) => {
      const df = this.df.get(t.term) ?? 0;
      if (df > RARE || this.stop.has(t.term) || usesPairs(t.term) || /\d/.test(t.term))
        return { token: t, fixes: [] as Array<{ word: string; distance: number }> };
      const weight = (w: string) => this.df.get(w) ?? 0;
      // The stem, and the word as typed: a misspelt ending can make the stemmer cut another way.
      let near = this.typos.near(t.term, weight);
      if (!near.length && t.surface !== t.term) near = this.typos.near(t.surface, weight);
      return { token: t, fixes: near.filter((f) => this.has(f.word) && (!df || (f.distance === 1 && this.df.get(f.word)! >= 3 * df))) };
    });
    const asTyped = tokens;
    const asMeant = corrected.map((c) => ({ ...c.token, term: this.has(c.token.term) ? c.token.term : (c.fixes[0]?.word ?? c.token.term) }));
    const conceptsAt = new Map<number, Set<string>>();
    const orphanConcepts = new Set<string>();
    for (const list of [this.concepts(query, asTyped), ...(corrected.some((c) => c.fixes.length) ? [this.concepts(query, asMeant)] : [])]) {
      for (const c of list) {
        const carriers = c.positions.filter((p) => {
          const i = tokens.findIndex((t) => t.pos === p);
          return i >= 0 && !this.stop.has(tokens[i]!.term);
        });
        // A phrase said with the help of "small" words ("can't get in") is evidence of its own,
        // beyond the one meaningful word that carries it.
        if (carriers.length < c.positions.length) orphanConcepts.add(c.concept);
        for (const p of carriers) {
          const set = conceptsAt.get(p) ?? new Set<string>();
          set.add(c.concept);
          conceptsAt.set(p, set);
        }
      }
    }
    const units: Unit[] = [];
    const seen = new Set<string>();
    const meaningful = corrected.filter((c) => !this.stop.has(c.token.term));
    // A question of only "little" words ("how do I") is matched by them after all.
    const chosen = meaningful.length ? meaningful : corrected;
    for (const c of chosen) {
      const term = c.token.term;
      if (seen.has(term)) continue;
      seen.add(term);
      const variants: Variant[] = [];
      if (this.has(term)) variants.push({ term, factor: FACTOR.exact });
      if (usesPairs(term)) {
        const ps = pairsOf(term);
        for (const p of ps) variants.push({ term: PAIR + p, factor: FACTOR.pair, parts: ps.length });
      }
      for (const f of c.fixes) variants.push({ term: f.word, factor: f.distance === 1 ? FACTOR.typo1 : FACTOR.typo2 });
      if (!usesPairs(term)) {
        for (const w of this.otherForms(this.has(term) ? term : (c.fixes[0]?.word ?? term))) variants.push({ term: w, factor: FACTOR.prefix });
      }
      for (const concept of conceptsAt.get(c.token.pos) ?? []) if (this.has(concept)) variants.push({ term: concept, factor: FACTOR.concept });
      const known = variants.filter((v) => !v.parts || this.has(v.term));
      const weight = this.has(term)
        ? Math.min(this.idf(term), c.fixes[0] ? this.idf(c.fixes[0].word) : Infinity)
        : c.fixes[0]
          ? this.idf(c.fixes[0].word)
          : known.length
            ? Math.max(UNKNOWN_WEIGHT, Math.min(...known.map((v) => this.idf(v.term))))
            : UNKNOWN_WEIGHT;
      units.push({ weight, variants: known });
    }
    // In a big help centre a word most articles use ("app", "account") tells nothing about any
    // of them, and scanning its postings would cost more than the rest of the search.
    if (this.alive >= UBIQUITY_FLOOR) {
      const limit = UBIQUITOUS_SHARE * this.alive;
      for (let i = units.length - 1; i >= 0; i--) {
        const u = units[i]!;
        if (units.length > 1 && u.variants.length && u.variants.every((v) => (this.df.get(v.term) ?? 0) > limit)) units.splice(i, 1);
      }
    }
    for (const concept of orphanConcepts) {
      if (this.has(concept)) units.push({ weight: 0.5 * this.idf(concept), variants: [{ term: concept, factor: FACTOR.concept }] });
    }
    return units;
  }

  private ensureScratch(): void {
    const n = this.docs.length;
    if (this.best.length >= n) return;
    const size = Math.max(n, 2 * this.best.length, 64);
    this.best = new Float64Array(size);
    this.part = new Float64Array(size);
    this.total = new Float64Array(size);
    this.mark = new Uint8Array(size);
  }

  /** Articles of this language that match the question, best first, quality above the floor. */
  search(query: string, limit: number, floor: number, boost: (articleId: number) => number): LangHit[] {
    if (!this.alive) return [];
    const units = this.units(query);
    const totalWeight = units.reduce((s, u) => s + u.weight, 0);
    if (!units.length || totalWeight <= 0) return [];
    this.ensureScratch();
    const { best, part, total, mark } = this;
    const touched: number[] = [];
    const inUnit: number[] = [];
    for (const u of units) {
      inUnit.length = 0;
      for (const v of u.variants) {
        const p = this.postings.get(v.term);
        if (!p) continue;
        const docs = p.docs;
        const fields = p.fields;
        const live = this.live;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          if (!live[d]) continue;
          const f = fields[i]!;
          // The best field counts, and a little more for each other field that agrees: an article
          // about the thing names it in its title, its keywords and its text alike.
          const fw =
            (f & (FIELD.title | FIELD.learned) ? FIELD_WEIGHT.title : f & FIELD.keywords ? FIELD_WEIGHT.keywords : FIELD_WEIGHT.body) + AGREEMENT[f & 7]!;
          if (!(mark[d]! & 2)) {
            mark[d] = mark[d]! | 2;
            inUnit.push(d);
          }
          // A word in a phrasing (title, keywords, linked question): worth comparing phrasings.
          if (f & HEAD) mark[d] = mark[d]! | 4;
          if (v.parts) part[d] = part[d]! + (fw * v.factor) / v.parts;
          else if (fw * v.factor > best[d]!) best[d] = fw * v.factor;
        }
      }
      for (const d of inUnit) {
        const m = Math.max(best[d]!, Math.min(part[d]!, FACTOR.pair + 0.1));
        if (!(mark[d]! & 1)) {
          mark[d] = mark[d]! | 1;
          touched.push(d);
        }
        total[d] = total[d]! + u.weight * m;
        best[d] = 0;
        part[d] = 0;
        mark[d] = mark[d]! & 5;
      }
    }
    // Coverage of every touched translation; the best few get the phrase comparison.
    const top = topBy(touched, total, CANDIDATES);
    const coverage = top.map((d) => total[d]! / totalWeight);
    const inHead = top.map((d) => (mark[d]! & 4) !== 0);
    for (const d of touched) {
      total[d] = 0;
      mark[d] = 0;
    }
    const queryTerms = new Map<string, number>();
    for (const u of units) for (const v of u.variants) queryTerms.set(v.term, Math.max(queryTerms.get(v.term) ?? 0, v.factor));
    const hits: Array<{ d: number; quality: number; rank: number }> = [];
    for (let i = 0; i < top.length; i++) {
      const d = top[i]!;
      const doc = this.docs[d]!;
      const { best: phrase, overlapping } = inHead[i] ? this.phraseScore(doc, units, queryTerms, totalWeight) : NO_PHRASE;
      const quality = Math.min(1, 0.65 * coverage[i]! + 0.35 * phrase);
      if (quality < floor) continue;
      // Between close matches, the article with more phrasings of the question (its keywords are
      // the ways customers put its problem) goes first, then the one customers found helpful.
      hits.push({ d, quality, rank: quality * boost(doc.articleId) + EVIDENCE * Math.min(overlapping, 6) });
    }
    hits.sort((a, b) => b.rank - a.rank || b.quality - a.quality || this.docs[a.d]!.articleId - this.docs[b.d]!.articleId);
    return hits.slice(0, limit).map(({ d, quality }) => ({
      articleId: this.docs[d]!.articleId,
      quality,
      matched: this.docs[d]!.terms.filter((t) => queryTerms.has(t) && t[0] !== CONCEPT && t[0] !== PAIR),
    }));
  }

  /**
   * How close the question is to the article's closest own phrasing: the share of the phrasing
   * the question says, times (the square root of) the share of the question it accounts for.
   */
  private phraseScore(doc: Doc, units: Unit[], queryTerms: Map<string, number>, totalWeight: number): { best: number; overlapping: number } {
    let bestScore = 0;
    let overlapping = 0;
    const used = this.usedTerms;
    const terms = doc.phraseTerms;
    let slot = 0;
    for (let p = 0; p < doc.phraseEnds.length; p++) {
      const firstSlot = slot;
      const lastSlot = doc.phraseEnds[p]!;
      slot = lastSlot;
      const from = firstSlot ? doc.slotEnds[firstSlot - 1]! : 0;
      const to = doc.slotEnds[lastSlot - 1] ?? from;
      // Most phrasings share no word with the question: those are passed over cheaply.
      let overlaps = false;
      for (let k = from; k < to; k++)
        if (queryTerms.has(terms[k]!)) {
          overlaps = true;
          break;
        }
      if (!overlaps) continue;
      overlapping++;
      let said = 0;
      let all = 0;
      used.clear();
      for (let sl = firstSlot; sl < lastSlot; sl++) {
        const a = sl ? doc.slotEnds[sl - 1]! : 0;
        const b = doc.slotEnds[sl]!;
        let w = 0;
        let f = 0;
        for (let k = a; k < b; k++) {
          const t = terms[k]!;
          if (t[0] !== CONCEPT) w = Math.max(w, this.idf(t));
          const qf = queryTerms.get(t);
          if (qf !== undefined) {
            if (qf > f) f = qf;
            used.add(t);
          }
        }
        if (!w && b > a) w = this.idf(terms[a]!);
        all += w;
        said += w * f;
      }
      if (!all || !said) continue;
      let covered = 0;
      for (const u of units) if (u.variants.some((v) => used.has(v.term))) covered += u.weight;
      const score = (said / all) * Math.sqrt(covered / totalWeight);
      if (score > bestScore) bestScore = score;
    }
    return { best: bestScore, overlapping };
  }
}

/** The k indexes with the highest scores, best first: one pass, no sort of thousands. */
function topBy(ids: number[], score: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (const d of ids) {
    const v = score[d]!;
    if (out.length === k && v <= score[out[k - 1]!]!) continue;
    let i = out.length < k ? out.length : k - 1;
    while (i > 0 && (score[out[i - 1]!]! < v || (score[out[i - 1]!]! === v && out[i - 1]! > d))) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = d;
  }
  return out;
}

function pairsOf(term: string): string[] {
  const c = chars(term);
  return c.length === 2 ? [term] : pairs(term);
}

/** A phrase's word matches a text's word that is the same or starts with it (Korean particles). */
function sameWord(text: string, phrase: string): boolean {
  if (text === phrase) return true;
  if (!text.startsWith(phrase)) return false;
  return HANGUL.test(phrase) || phrase.length >= 4;
}

// tokenize() numbers tokens from 0, so a position is an index.
function slotAt(_tokens: Token[], slots: Slot[], pos: number): Slot | undefined {
  return slots[pos];
}

const NONE: ConceptPhrase[] = [];
const EMPTY = new Uint32Array(0);
const HANGUL = /[\uAC00-\uD7AF]/u;

export { stem };

// Typo tolerance over an index's vocabulary: symmetric deletion ("SymSpell"). Every word of the
// vocabulary is stored under itself and each form with one character deleted; a misspelt word of
// a question is looked up the same way (with up to two deletions when it is long), and what is
// found is checked by a real edit distance. Lookups cost a few dozen map reads, independent of
// the vocabulary's size, which a scan with trigrams or an automaton over 50,000 words is not.

function deletions(word: string[], out: Set<string>): void {
  for (let i = 0; i < word.length; i++)
    out.add(
      word
        .slice(0, i)
        .concat(word.slice(i + 1))
        .join(""),
    );
}

/** Optimal string alignment distance (transpositions count as one), or limit + 1 when larger. */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

/** How many edits a word of this length may be away from the one meant. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly known = new Set<string>();

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
    const chars = [...word];
    if (chars.length < 3) return;
    const keys = new Set<string>([word]);
    deletions(chars, keys);
    for (const k of keys) {
      const list = this.byDeletion.get(k);
      if (list) list.push(word);
      else this.byDeletion.set(k, [word]);
    }
  }

  /** Known words within the allowed edits of a word, closest first (then by the given weight). */
  near(word: string, weight: (w: string) => number, max = 3): Array<{ word: string; distance: number }> {
    const chars = [...word];
    const limit = allowedEdits(chars.length);
    if (!limit) return [];
    const keys = new Set<string>([word]);
    deletions(chars, keys);
    if (limit > 1) for (const k of [...keys]) if (k !== word) deletions([...k], keys);
    const seen = new Set<string>();
    const found: Array<{ word: string; distance: number; weight: number }> = [];
    for (const k of keys) {
      for (const candidate of this.byDeletion.get(k) ?? []) {
        if (seen.has(candidate) || candidate === word) continue;
        seen.add(candidate);
        // A typo rarely hits the first letter, and a much shorter word is another word.
        if (candidate[0] !== word[0] && limit < 2) continue;
        const d = editDistance(word, candidate, limit);
        if (d <= limit) found.push({ word: candidate, distance: d, weight: weight(candidate) });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.weight - a.weight || (a.word < b.word ? -1 : 1));
    return found.slice(0, max).map(({ word: w, distance }) => ({ word: w, distance }));
  }
}

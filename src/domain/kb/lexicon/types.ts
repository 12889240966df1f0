/**
 * What the search knows about one language beyond its articles: words that carry no meaning in
 * a question (left out of matching, kept for phrases), and groups of phrasings that mean the
 * same to a customer. A group becomes one concept: an article that says any phrasing of it
 * matches a question that says any other. Phrases are written as customers and articles put
 * them; they go through the same folding and stemming as both, and match with at most one
 * other word between their words ("talk to a person" finds "talk to a real person").
 */
export interface Lexicon {
  stopWords: readonly string[];
  synonyms: ReadonlyArray<readonly string[]>;
}

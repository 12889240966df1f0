// The supervisor's scorecard: six lines, each no (0), partly (1) or yes (2). The score is the
// share of the possible points, so a conversation scores 0-100 whoever reviewed it.

export const SCORECARD_ITEMS = ["greeting", "understood", "correct", "tone", "next_steps", "summary"] as const;
export type ScorecardItem = (typeof SCORECARD_ITEMS)[number];
export type ItemScore = 0 | 1 | 2;
export type Scores = Partial<Record<ScorecardItem, ItemScore>>;

export function isComplete(scores: Scores): scores is Record<ScorecardItem, ItemScore> {
  return SCORECARD_ITEMS.every((i) => scores[i] !== undefined);
}

export function scorePercent(scores: Record<ScorecardItem, ItemScore>): number {
  const points = SCORECARD_ITEMS.reduce((sum, i) => sum + scores[i], 0);
  return Math.round((points / (SCORECARD_ITEMS.length * 2)) * 100);
}

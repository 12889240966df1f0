// The metrics an experiment is judged by (no imports: the Mini App's contract reads this file).
export const METRICS = ["self-service", "csat", "frt", "intake-drop-off", "repeat-contacts"] as const;
export type Metric = (typeof METRICS)[number];

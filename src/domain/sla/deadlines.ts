export interface SlaPolicy {
  firstResponseMinutes: number;
  resolutionMinutes: number | null;
}

export interface Deadlines {
  firstResponseDueAt: Date;
  resolutionDueAt: Date | null;
}

const MINUTE = 60_000;

export function deadlinesFor(policy: SlaPolicy, openedAt: Date): Deadlines {
  return {
    firstResponseDueAt: new Date(openedAt.getTime() + policy.firstResponseMinutes * MINUTE),
    resolutionDueAt: policy.resolutionMinutes === null ? null : new Date(openedAt.getTime() + policy.resolutionMinutes * MINUTE),
  };
}

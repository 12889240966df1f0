// The ETA shown to a customer is a forecast, never a constant: how many tickets are ahead in the
// queue, how many agents are on duty to work them, and how long a first answer has recently taken.

export interface EtaInputs {
  /** Open, not yet answered tickets in the queue that are ahead of this one. */
  ahead: number;
  agentsOnDuty: number;
  /** Median minutes from creation to first answer over recent tickets of the queue, if any. */
  recentFirstResponseMinutes: number | null;
  /** The queue's first-response target, used when there is no history or nobody is on duty. */
  policyFirstResponseMinutes: number;
}

export function estimateFirstResponseMinutes(i: EtaInputs): number {
  const perTicket = i.recentFirstResponseMinutes ?? i.policyFirstResponseMinutes;
  if (i.agentsOnDuty <= 0) return Math.max(1, Math.max(perTicket, i.policyFirstResponseMinutes));
  // Each on-duty agent takes one ticket at a time from the shared backlog.
  const rounds = Math.floor(i.ahead / i.agentsOnDuty) + 1;
  return Math.max(1, Math.round(rounds * perTicket));
}

import type { TicketPriority } from "../../db/generated/enums.js";
import type { Topic } from "../classification/topics.js";

// Order inside a queue: critical (a blocker) first, then VIP customers, then the rest by
// priority; within a rank the longest-waiting ticket first, and the topic breaks ties.
const PRIORITY_RANK: Record<TicketPriority, number> = { critical: 0, high: 2, normal: 3, low: 4 };
const VIP_RANK = 1;
const TOPIC_RANK: Record<Topic, number> = { payment: 0, account: 1, complaint: 2, feature: 3, other: 4, idea: 5 };

export function queueRank(priority: TicketPriority, vip: boolean): number {
  const rank = PRIORITY_RANK[priority];
  return vip && rank > VIP_RANK ? VIP_RANK : rank;
}

export function topicRank(topic: string): number {
  return TOPIC_RANK[topic as Topic] ?? 4;
}

export interface Rankable {
  queueRank: number;
  createdAt: Date;
  topicRank: number;
  id: number;
}

/** The same order as the "next ticket" query, for code that sorts in memory. */
export function compareInQueue(a: Rankable, b: Rankable): number {
  return a.queueRank - b.queueRank || a.createdAt.getTime() - b.createdAt.getTime() || a.topicRank - b.topicRank || a.id - b.id;
}

import type { TicketPriority } from "../../db/generated/enums.js";
import type { Handoff } from "../classification/classify.js";
import { TOPIC_POLICIES, type Topic } from "../classification/topics.js";

export const VIP_QUEUE = "VIP";

export interface Route {
  queue: string;
  priority: TicketPriority;
}

const RANK: Record<TicketPriority, number> = { critical: 0, high: 1, normal: 2, low: 3 };

export function higherPriority(a: TicketPriority, b: TicketPriority): TicketPriority {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Where a new ticket goes: a handoff's forced queue, then VIP, then the topic's queue. */
export function routeTicket(topic: Topic, handoff: Handoff | null, isVip: boolean): Route {
  const policy = TOPIC_POLICIES[topic];
  let priority = handoff ? higherPriority(policy.priority, handoff.priority) : policy.priority;
  if (handoff?.queue) return { queue: handoff.queue, priority };
  if (isVip) {
    priority = higherPriority(priority, "high");
    return { queue: VIP_QUEUE, priority };
  }
  return { queue: policy.queue, priority };
}

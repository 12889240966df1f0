import type { TicketPriority } from "../../db/generated/enums.js";

export const TOPICS = ["payment", "account", "feature", "complaint", "idea", "other"] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: unknown): value is Topic {
  return typeof value === "string" && (TOPICS as readonly string[]).includes(value);
}

export interface TopicPolicy {
  /** Queue code a ticket of this topic goes to unless a handoff rule says otherwise. */
  queue: string;
  priority: TicketPriority;
  /**
   * Clarifying questions (i18n keys): the minimum the agent needs, never extra personal data.
   * Their answers are added to the ticket's first message.
   */
  questions: string[];
}

// Defaults from the product's routing table; extra queues (by region or language) are rows in
// the queues table and can be targeted here.
export const TOPIC_POLICIES: Record<Topic, TopicPolicy> = {
  payment: { queue: "L1", priority: "normal", questions: ["q-payment-what", "q-payment-when"] },
  account: { queue: "L2", priority: "normal", questions: ["q-account-what"] },
  feature: { queue: "L1", priority: "normal", questions: ["q-feature-goal", "q-feature-tried"] },
  complaint: { queue: "L1", priority: "high", questions: ["q-complaint-what"] },
  idea: { queue: "L1", priority: "low", questions: ["q-idea-what"] },
  other: { queue: "L1", priority: "normal", questions: ["q-other-what"] },
};

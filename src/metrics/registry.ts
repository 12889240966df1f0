import client from "prom-client";

// What an operator watches (Prometheus text format at /metrics). Two kinds of numbers:
// - counted by this process as things happen (HTTP latency, updates taken and handled, Telegram
//   answers, outbox give-ups): one series per instance, summed across instances by Prometheus;
// - read from PostgreSQL when scraped (outbox and inbox backlog, queue depth, SLA events): the same
//   for every instance, so take max() across instances, not sum() (see ops/grafana-dashboard.json).
// Names start with desk_ so they sort together next to the process and Node.js defaults.

export const processRegistry = new client.Registry();
client.collectDefaultMetrics({ register: processRegistry, prefix: "desk_" });

export const httpMetrics = {
  duration: new client.Histogram({
    name: "desk_http_request_duration_seconds",
    help: "HTTP requests by route pattern, method and status code",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [processRegistry],
  }),
  limited: new client.Counter({
    name: "desk_http_rate_limited_total",
    help: "Requests refused by the public routes' rate limit (429)",
    labelNames: ["route"] as const,
    registers: [processRegistry],
  }),
};

export const updateMetrics = {
  received: new client.Counter({
    name: "desk_updates_received_total",
    help: "Telegram updates stored in the inbox, by how they came (webhook or polling)",
    labelNames: ["source"] as const,
    registers: [processRegistry],
  }),
  processed: new client.Counter({
    name: "desk_updates_processed_total",
    help: "Inbox updates handled by this instance: done, failed (tried again later) or given_up",
    labelNames: ["outcome"] as const,
    registers: [processRegistry],
  }),
  lag: new client.Histogram({
    name: "desk_update_lag_seconds",
    help: "From an update's arrival in the inbox to the end of its handling",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [processRegistry],
  }),
};

export const telegramMetrics = {
  calls: new client.Counter({
    name: "desk_telegram_calls_total",
    help: "Bot API calls that got an answer, by outcome: ok, error, 429 (too many requests) or network",
    labelNames: ["outcome"] as const,
    registers: [processRegistry],
  }),
  budgetWait: new client.Histogram({
    name: "desk_telegram_budget_wait_seconds",
    help: "How long a message waited for its slot in the shared Telegram rate budget",
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [processRegistry],
  }),
  giveUps: new client.Counter({
    name: "desk_outbox_give_ups_total",
    help: "Outbox messages given up on for good (blocked bot, or retries exhausted)",
    labelNames: ["reason"] as const,
    registers: [processRegistry],
  }),
  combined: new client.Counter({
    name: "desk_outbox_combined_copies_total",
    help: "Customer messages that went to an agent inside another message because the agent's chat was behind Telegram's per-chat pace",
    registers: [processRegistry],
  }),
};

export const slaMetrics = {
  sweeps: new client.Counter({
    name: "desk_sla_sweeps_total",
    help: "SLA sweeps run by this instance (one at a time across all instances)",
    registers: [processRegistry],
  }),
  sweepEvents: new client.Counter({
    name: "desk_sla_sweep_events_total",
    help: "SLA events (warnings, breaches, escalations, alerts) applied by this instance's sweeps",
    registers: [processRegistry],
  }),
};

export const retentionMetrics = {
  deleted: new client.Counter({
    name: "desk_retention_deleted_rows_total",
    help: "Rows deleted by the retention job, by table",
    labelNames: ["table"] as const,
    registers: [processRegistry],
  }),
};

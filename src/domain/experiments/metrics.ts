import type { Sql } from "../../db/index.js";
import type { Metric } from "./metric-names.js";

// The support numbers an experiment is judged by, one value per customer in the test (a customer
// is the unit that is assigned, so a customer is the unit that is counted). Every query takes the
// experiment's window [from, to) and returns the customer's key (Telegram id) and a number.

export { METRICS, type Metric } from "./metric-names.js";

export interface MetricDefinition {
  higherIsBetter: boolean;
  /** The smallest difference worth acting on, in the metric's own units. */
  smallestEffect: number;
  /** "share": 0/1 per customer, shown as a percentage; "minutes": a mean. */
  unit: "share" | "minutes";
}

export const METRIC_DEFINITIONS: Readonly<Record<Metric, MetricDefinition>> = {
  // Solved by an article and no ticket opened in the window.
  "self-service": { higherIsBetter: true, smallestEffect: 0.03, unit: "share" },
  // The customer's ratings in the window average 4 or 5.
  csat: { higherIsBetter: true, smallestEffect: 0.05, unit: "share" },
  // Mean minutes to the first staff answer over the customer's tickets opened in the window.
  frt: { higherIsBetter: false, smallestEffect: 2, unit: "minutes" },
  // Came to the desk (new, or began an intake) and left with neither an answer nor a ticket.
  "intake-drop-off": { higherIsBetter: false, smallestEffect: 0.03, unit: "share" },
  // A ticket resolved in the window, and another one opened within 7 days of it.
  "repeat-contacts": { higherIsBetter: false, smallestEffect: 0.03, unit: "share" },
};

const QUERIES: Readonly<Record<Metric, string>> = {
  "self-service": `
    WITH c AS (
      SELECT customer_id FROM self_service_outcomes WHERE created_at >= $1 AND created_at < $2
      UNION SELECT customer_id FROM tickets WHERE created_at >= $1 AND created_at < $2)
    SELECT cu.telegram_id::text AS key,
      CASE WHEN EXISTS (SELECT 1 FROM self_service_outcomes s WHERE s.customer_id = cu.id AND s.solved AND s.created_at >= $1 AND s.created_at < $2)
        AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.customer_id = cu.id AND t.created_at >= $1 AND t.created_at < $2)
      THEN 1 ELSE 0 END AS value
    FROM c JOIN customers cu ON cu.id = c.customer_id`,
  csat: `
    SELECT cu.telegram_id::text AS key, CASE WHEN avg(r.csat) >= 4 THEN 1 ELSE 0 END AS value
    FROM ratings r JOIN customers cu ON cu.id = r.customer_id
    WHERE r.csat IS NOT NULL AND r.created_at >= $1 AND r.created_at < $2
    GROUP BY cu.telegram_id`,
  frt: `
    SELECT cu.telegram_id::text AS key, avg(EXTRACT(EPOCH FROM (t.first_responded_at - t.created_at)) / 60.0) AS value
    FROM tickets t JOIN customers cu ON cu.id = t.customer_id
    WHERE t.first_responded_at IS NOT NULL AND t.created_at >= $1 AND t.created_at < $2
    GROUP BY cu.telegram_id`,
  "intake-drop-off": `
    WITH c AS (
      SELECT id AS customer_id FROM customers WHERE created_at >= $1 AND created_at < $2
      UNION SELECT customer_id FROM intake_sessions WHERE created_at >= $1 AND created_at < $2
      UNION SELECT customer_id FROM self_service_outcomes WHERE created_at >= $1 AND created_at < $2
      UNION SELECT customer_id FROM tickets WHERE created_at >= $1 AND created_at < $2)
    SELECT cu.telegram_id::text AS key,
      CASE WHEN EXISTS (SELECT 1 FROM self_service_outcomes s WHERE s.customer_id = cu.id AND s.solved AND s.created_at >= $1 AND s.created_at < $2)
        OR EXISTS (SELECT 1 FROM tickets t WHERE t.customer_id = cu.id AND t.created_at >= $1 AND t.created_at < $2)
      THEN 0 ELSE 1 END AS value
    FROM c JOIN customers cu ON cu.id = c.customer_id`,
  "repeat-contacts": `
    SELECT cu.telegram_id::text AS key,
      max(CASE WHEN EXISTS (SELECT 1 FROM tickets n WHERE n.customer_id = t.customer_id AND n.id <> t.id
        AND n.created_at > t.resolved_at AND n.created_at <= t.resolved_at + interval '7 days') THEN 1 ELSE 0 END) AS value
    FROM tickets t JOIN customers cu ON cu.id = t.customer_id
    WHERE t.resolved_at >= $1 AND t.resolved_at < $2
    GROUP BY cu.telegram_id`,
};

/** One value per customer who took part in the window, keyed by their Telegram id. */
export async function metricValues(sql: Sql, metric: Metric, from: Date, to: Date): Promise<Array<{ key: string; value: number }>> {
  const { rows } = await sql.query<{ key: string; value: string | number }>(QUERIES[metric], [from, to]);
  return rows.map((r) => ({ key: r.key, value: Number(r.value) }));
}

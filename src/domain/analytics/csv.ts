import type { Board } from "./board.js";
import type { DeskNumbers, Figures } from "./metrics.js";

// CSV of every table the staff pages show, from the same objects the pages draw: the numbers in a
// spreadsheet are the numbers on the screen. Rates are shares (0..1) and times are seconds, at
// full precision, so a spreadsheet can recompute anything.

export const CSV_TABLES = ["numbers", "agents", "heatmap", "handoff", "board-queues", "board-agents", "board-tickets"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join(" ") : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

const FIGURES: (keyof Figures)[] = [
  "volume",
  "answered",
  "resolved",
  "frtP50",
  "frtP90",
  "resolutionP50",
  "resolutionP90",
  "slaMet",
  "csat",
  "csatCount",
  "csatResponseRate",
  "nps",
  "npsCount",
  "npsResponseRate",
  "fcr",
  "repeatRate",
  "reopenRate",
  "handoffRate",
];

export function numbersCsv(n: DeskNumbers): string {
  const rows: unknown[][] = [
    ["total", "total", ...FIGURES.map((f) => n.totals[f])],
    ["previous", "previous period", ...FIGURES.map((f) => n.previousTotals[f])],
    ...n.rows.map((r) => [r.key, r.label, ...FIGURES.map((f) => r[f])]),
  ];
  return toCsv([n.split, "label", ...FIGURES], rows);
}

export function heatmapCsv(n: DeskNumbers): string {
  return toCsv(
    ["weekday", "hour", "arrivals"],
    n.heatmap.map((h) => [h.weekday, h.hour, h.count]),
  );
}

export function handoffCsv(n: DeskNumbers): string {
  return toCsv(
    ["reason", "tickets"],
    n.handoffReasons.map((h) => [h.reason, h.count]),
  );
}

export function boardCsv(b: Board, table: "board-queues" | "board-agents" | "board-tickets"): string {
  if (table === "board-queues")
    return toCsv(
      ["queue", "name", "waiting", "oldest_waiting_since", "at_risk", "breached", "open", "unassigned"],
      b.queues.map((q) => [q.code, q.name, q.waiting, q.oldestWaitingSince, q.atRisk, q.breached, q.open, q.unassigned]),
    );
  if (table === "board-agents")
    return toCsv(
      ["agent_id", "name", "role", "queues", "load", "limit"],
      b.agents.map((a) => [a.id, a.name, a.role, a.queues, a.load, a.limit]),
    );
  return toCsv(
    ["number", "subject", "queue", "priority", "status", "vip", "assignee", "waiting_since", "state"],
    b.tickets.map((t) => [t.number, t.subject, t.queue, t.priority, t.status, t.vip, t.assignee, t.waitingSince, t.state]),
  );
}

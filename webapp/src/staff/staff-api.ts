/**
 * The staff pages' calls. Same init-data header and errors as the customer side (../api); the
 * types come from the server's contract, so the two cannot drift apart.
 */
import type { BoardView, NumbersView, StaffMeView } from "../../../src/api/staff-contracts";
import { ApiError, request, requestBlob } from "../api";
import { getInitData } from "../telegram";

export type { BoardView, NumbersView, StaffMeView };
export type PeriodName = "today" | "7d" | "30d" | "custom";
export type Split = "none" | "queue" | "topic" | "language" | "agent" | "channel";
export const SPLITS: Split[] = ["none", "queue", "topic", "language", "agent", "channel"];
export const PERIOD_NAMES: PeriodName[] = ["today", "7d", "30d", "custom"];

export interface PeriodChoice {
  period: PeriodName;
  from?: string;
  to?: string;
}

function query(p: PeriodChoice, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ period: p.period, ...extra });
  if (p.period === "custom" && p.from && p.to) {
    q.set("from", p.from);
    q.set("to", p.to);
  }
  return q.toString();
}

export const getStaffMe = (signal?: AbortSignal) => request<StaffMeView>("/api/staff/me", signal ? { signal } : {});
export const getBoard = (signal?: AbortSignal) => request<BoardView>("/api/staff/board", signal ? { signal } : {});
export const getNumbers = (p: PeriodChoice, split: Split, signal?: AbortSignal) =>
  request<NumbersView>(`/api/staff/numbers?${query(p, { split })}`, signal ? { signal } : {});
export const getAgents = (p: PeriodChoice, signal?: AbortSignal) => request<NumbersView>(`/api/staff/agents?${query(p)}`, signal ? { signal } : {});
export const assignTicket = (number: number, agentId: number) => request(`/api/staff/tickets/${number}/assign`, { method: "POST", body: { agentId } });
export const moveTicket = (number: number, queue: string) => request(`/api/staff/tickets/${number}/move`, { method: "POST", body: { queue, reason: "board" } });

/** Downloads a table as CSV (a link cannot carry the Authorization header, so it goes through a Blob). */
export async function downloadCsv(table: string, p: PeriodChoice, split: Split = "none"): Promise<void> {
  const blob = await requestBlob(`/api/staff/export.csv?${query(p, { table, split })}`);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${table}-${p.period}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The board as server-sent events, read with fetch (EventSource cannot send the init data).
 * Reconnects after a pause when the stream ends; stops when `signal` aborts.
 */
export async function streamBoard(onBoard: (board: BoardView) => void, onError: (error: ApiError) => void, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch("/api/staff/board/events", { headers: { Accept: "text/event-stream", Authorization: `tma ${getInitData()}` }, signal });
      if (!response.ok || !response.body) {
        onError(new ApiError(response.status, "stream_failed", response.statusText));
        if (response.status === 401 || response.status === 403) return;
      } else {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split("\n")
              .filter((l) => l.startsWith("data: "))
              .map((l) => l.slice(6))
              .join("\n");
            if (data) onBoard(JSON.parse(data) as BoardView);
          }
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      onError(new ApiError(0, "network_error", error instanceof Error ? error.message : String(error)));
    }
    await new Promise((r) => setTimeout(r, 3000));
  }
}

/**
 * Client for the support-desk API.
 *
 * Every request carries `Authorization: tma <initData>`; the server validates
 * the signature of Telegram's init data and answers 401 with
 * `{ "error": "unauthorized", "reason": "..." }` when it is missing, forged or
 * expired. Responses are checked against the same zod contract the server uses.
 */
import type { z } from "zod";
import type {
  appInfo,
  meView,
  messageView,
  NewTicket,
  settingsChange,
  ticketDetail,
  ticketList,
  TICKET_FILTERS as CONTRACT_FILTERS,
} from "../../src/api/contracts";
import { getInitData } from "./telegram";

/**
 * The contract's schemas (and zod with them) are loaded with the pages that send forms, not with
 * the first view: the ticket list must not wait for a validation library on a slow phone.
 */
const contracts = () => import("../../src/api/contracts");

/** The ticket list's filters; typed against the contract, so the two cannot drift apart. */
export const TICKET_FILTERS: typeof CONTRACT_FILTERS = ["open", "waiting", "resolved", "all"];

const REQUEST_TIMEOUT_MS = 15_000;

/** A failed API call. `status` is 0 when no HTTP response was received. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  /** Machine-readable code: the server's `error` field, or a client-side code. */
  readonly code: string;
  /** Human-readable explanation: the server's `reason` when it sent one. */
  readonly reason: string;

  constructor(status: number, code: string, reason: string) {
    super(`${code}: ${reason}`);
    this.status = status;
    this.code = code;
    this.reason = reason;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /** No answer from the server (offline, timeout). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, "unknown", error instanceof Error ? error.message : String(error));
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Serialized as JSON; FormData goes as it is (the browser sets the multipart boundary). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

interface ErrorBody {
  error?: unknown;
  reason?: unknown;
  message?: unknown;
}

function asNonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

async function readErrorBody(response: Response): Promise<ErrorBody> {
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === "object" ? (body as ErrorBody) : {};
  } catch {
    return {};
  }
}

interface EarlyRequests {
  initData: string;
  responses: Record<string, Promise<Response> | undefined>;
}

/**
 * A request index.html started before this code arrived (the first view's /api/me and ticket
 * list), once, if it was made with the same init data. Only a successful answer is used: for
 * anything else the request is simply made again.
 */
async function takeEarly(path: string, initData: string): Promise<Response | undefined> {
  const early = (window as { __firstRequests?: EarlyRequests }).__firstRequests;
  const pending = early?.initData === initData ? early.responses[path] : undefined;
  if (!pending) return undefined;
  early!.responses[path] = undefined;
  try {
    const response = await pending;
    return response.ok ? response : undefined;
  } catch {
    return undefined;
  }
}

/** fetch() with the tma header, a timeout and ApiError for every failure. */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  if (!path.startsWith("/api/")) {
    throw new Error(`API paths must start with /api/, got "${path}"`);
  }
  const { method = "GET", body, signal } = options;
  if (method === "GET" && body === undefined && !options.headers) {
    const early = await takeEarly(path, getInitData());
    if (early) return early;
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, REQUEST_TIMEOUT_MS);
  const abortFromCaller = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener("abort", abortFromCaller, { once: true });

  const headers: Record<string, string> = {
    Accept: accept,
    Authorization: `tma ${getInitData()}`,
    ...options.headers,
  };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";

  try {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        signal: controller.signal,
        credentials: "same-origin",
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timedOut) {
        throw new ApiError(0, "timeout", "The server did not respond in time.");
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError(0, "network_error", reason);
    }

    if (!response.ok) {
      const errorBody = await readErrorBody(response);
      throw new ApiError(
        response.status,
        asNonEmptyString(errorBody.error) ?? "http_error",
        asNonEmptyString(errorBody.reason) ?? asNonEmptyString(errorBody.message) ?? asNonEmptyString(response.statusText) ?? `HTTP ${response.status}`,
      );
    }
    return response;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abortFromCaller);
  }
}

/**
 * Call `path` (must start with `/api/`) and return the parsed JSON body.
 * Throws `ApiError` on any failure; rethrows the caller's own abort as-is.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, "application/json");
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, "invalid_response", "The server sent a response that is not JSON.");
  }
}

/** A file from the API (attachments, the data export) as a Blob, with the tma header. */
export async function requestBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  const response = await send(path, signal ? { signal } : {}, "*/*");
  return response.blob();
}

/** Checks a response against the shared contract (loaded on first use). */
async function parse<K extends "meView" | "messageList" | "messageView" | "ticketDetail" | "createdTicket">(
  name: K,
  body: unknown,
  what: string,
): Promise<z.infer<Awaited<ReturnType<typeof contracts>>[K]>> {
  const schema = (await contracts())[name];
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError(200, "invalid_response", `The server sent an unexpected ${what} response.`);
  return result.data as z.infer<Awaited<ReturnType<typeof contracts>>[K]>;
}

function invalid(what: string): ApiError {
  return new ApiError(200, "invalid_response", `The server sent an unexpected ${what} response.`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === "string";

/**
 * The first view's two responses are checked by hand, field by field as the screen uses them
 * (the server validates them against the contract before sending): no zod on the critical path.
 */
function checkMe(body: unknown): MeView {
  const settings = isObject(body) ? body.settings : undefined;
  const user = isObject(body) ? body.user : undefined;
  if (
    !isObject(body) ||
    !isObject(user) ||
    !isObject(settings) ||
    !isString(user.telegramId) ||
    !isString(user.firstName) ||
    !isString(settings.languageCode) ||
    !isString(settings.timeZone) ||
    typeof settings.notificationsEnabled !== "boolean" ||
    !isNullableString(settings.consentAt) ||
    !Array.isArray(body.languages)
  ) {
    throw invalid("/api/me");
  }
  return body as unknown as MeView;
}

function checkTicketList(body: unknown): TicketSummary[] {
  const tickets = isObject(body) ? body.tickets : undefined;
  if (!Array.isArray(tickets)) throw invalid("ticket list");
  for (const t of tickets as unknown[]) {
    if (
      !isObject(t) ||
      typeof t.number !== "number" ||
      !isString(t.subject) ||
      !isString(t.status) ||
      !isString(t.topic) ||
      !isString(t.updatedAt) ||
      typeof t.unread !== "number"
    ) {
      throw invalid("ticket list");
    }
  }
  return tickets as TicketSummary[];
}

// ---------------------------------------------------------------------------
// Me and settings

export type MeView = z.infer<typeof meView>;
export type Settings = MeView["settings"];
export type SettingsChange = z.input<typeof settingsChange>;

export async function getMe(signal?: AbortSignal): Promise<MeView> {
  return checkMe(await request("/api/me", { signal }));
}

export async function changeSettings(change: SettingsChange): Promise<MeView> {
  return checkMe(await request("/api/me/settings", { method: "PATCH", body: change }));
}

export type AppInfo = z.infer<typeof appInfo>;

/** Public: where the bot is (for a page opened outside Telegram). */
export async function getAppInfo(signal?: AbortSignal): Promise<AppInfo> {
  const body = await request("/api/app-info", { signal });
  if (!isObject(body) || !isNullableString(body.botUrl) || !isNullableString(body.botUsername) || typeof body.devLogin !== "boolean") throw invalid("app info");
  return body as unknown as AppInfo;
}

export function exportMyData(): Promise<Blob> {
  return requestBlob("/api/me/export");
}

export async function deleteMyData(): Promise<void> {
  await request("/api/me", { method: "DELETE", body: { confirm: "DELETE" } });
}

// ---------------------------------------------------------------------------
// Tickets

export type TicketFilter = (typeof CONTRACT_FILTERS)[number];
export type TicketSummary = z.infer<typeof ticketList>["tickets"][number];
export type TicketDetail = z.infer<typeof ticketDetail>;
export type Message = z.infer<typeof messageView>;

export async function listTickets(filter: TicketFilter, signal?: AbortSignal): Promise<TicketSummary[]> {
  return checkTicketList(await request(`/api/tickets?filter=${filter}`, { signal }));
}

export async function getTicket(number: number, signal?: AbortSignal): Promise<TicketDetail> {
  return parse("ticketDetail", await request(`/api/tickets/${number}`, { signal }), "ticket");
}

export async function getMessagesAfter(number: number, after: number, signal?: AbortSignal): Promise<Message[]> {
  return (await parse("messageList", await request(`/api/tickets/${number}/messages?after=${after}`, { signal }), "messages")).messages;
}

export async function sendMessage(number: number, text: string): Promise<Message> {
  return parse("messageView", await request(`/api/tickets/${number}/messages`, { method: "POST", body: { text } }), "message");
}

/**
 * Adds one file to a ticket (multipart field "file", optional "caption"). Check it first with
 * `checkAttachment`: the server refuses the same files (413, 415).
 */
export async function uploadAttachment(number: number, file: File, caption?: string): Promise<Message> {
  const { attachmentType } = await contracts();
  const form = new FormData();
  // Some systems do not name the type (docx, zip): send the one the extension implies.
  const type = attachmentType(file.type, file.name) ?? file.type;
  form.set("file", type === file.type ? file : new File([file], file.name, { type }), file.name);
  if (caption?.trim()) form.set("caption", caption.trim());
  return parse("messageView", await request(`/api/tickets/${number}/attachments`, { method: "POST", body: form }), "message");
}

export async function createTicket(body: NewTicket, idempotencyKey: string): Promise<TicketSummary> {
  const created = await request("/api/tickets", { method: "POST", body, headers: { "Idempotency-Key": idempotencyKey } });
  return (await parse("createdTicket", created, "new ticket")).ticket;
}

export async function rateTicket(number: number, csat: number): Promise<void> {
  await request(`/api/tickets/${number}/rating`, { method: "POST", body: { csat } });
}

// ---------------------------------------------------------------------------
// Knowledge base (read defensively: the routes are young)

export interface KbHit {
  id: number;
  slug: string | null;
  title: string;
  snippet: string;
}

export interface KbArticleSummary {
  id: number;
  slug: string;
  title: string;
  category: string;
  snippet: string;
  /** The language the article is written in (English when it has no translation yet). */
  lang: string | null;
}

export interface KbArticle extends KbArticleSummary {
  body: string;
}

type Loose = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number => (typeof v === "number" ? v : Number(v) || 0);
const list = (body: unknown, key: string): Loose[] => {
  const items = Array.isArray(body) ? body : (body as Loose | null)?.[key];
  return Array.isArray(items) ? (items.filter((x) => x && typeof x === "object") as Loose[]) : [];
};

function toSummary(a: Loose): KbArticleSummary {
  return {
    id: num(a.id),
    slug: str(a.slug) || String(num(a.id)),
    title: str(a.title),
    category: str(a.category),
    snippet: str(a.snippet) || str(a.summary) || str(a.excerpt),
    lang: str(a.lang) || null,
  };
}

export async function searchKb(q: string, lang: string, signal?: AbortSignal): Promise<KbHit[]> {
  const body = await request(`/api/kb/search?${new URLSearchParams({ q, lang })}`, { signal });
  return list(body, "results")
    .map((r) => ({ id: num(r.id), slug: str(r.slug) || null, title: str(r.title), snippet: str(r.snippet) }))
    .filter((r) => r.title);
}

export async function listArticles(query: { lang: string; category?: string; popular?: boolean }, signal?: AbortSignal): Promise<KbArticleSummary[]> {
  const params = new URLSearchParams({ lang: query.lang });
  if (query.category) params.set("category", query.category);
  if (query.popular) params.set("popular", "1");
  const body = await request(`/api/kb/articles?${params}`, { signal });
  return list(body, "articles")
    .map(toSummary)
    .filter((a) => a.title);
}

export async function getArticle(slug: string, lang: string, signal?: AbortSignal): Promise<KbArticle> {
  const body = (await request(`/api/kb/articles/${encodeURIComponent(slug)}?${new URLSearchParams({ lang })}`, { signal })) as Loose;
  const a = (body && typeof body.article === "object" && body.article ? body.article : body) as Loose;
  if (!str(a.title)) throw new ApiError(200, "invalid_response", "The server sent an unexpected article response.");
  return { ...toSummary(a), body: str(a.body) };
}

export async function voteArticle(id: number, helpful: boolean): Promise<void> {
  await request(`/api/kb/articles/${id}/vote`, { method: "POST", body: { helpful } });
}

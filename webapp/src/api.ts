/**
 * Minimal client for the support-desk API.
 *
 * Every request carries `Authorization: tma <initData>`; the server validates
 * the signature of Telegram's init data and answers 401 with
 * `{ "error": "unauthorized", "reason": "..." }` when it is missing, forged or
 * expired.
 */
import { getInitData } from "./telegram";

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
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Serialized as JSON. */
  body?: unknown;
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

/**
 * Call `path` (must start with `/api/`) and return the parsed JSON body.
 * Throws `ApiError` on any failure; rethrows the caller's own abort as-is.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  if (!path.startsWith("/api/")) {
    throw new Error(`API paths must start with /api/, got "${path}"`);
  }
  const { method = "GET", body, signal } = options;

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
    Accept: "application/json",
    Authorization: `tma ${getInitData()}`,
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";

  try {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
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
        asNonEmptyString(errorBody.reason) ??
          asNonEmptyString(errorBody.message) ??
          asNonEmptyString(response.statusText) ??
          `HTTP ${response.status}`,
      );
    }

    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError(response.status, "invalid_response", "The server sent a response that is not JSON.");
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abortFromCaller);
  }
}

/** The current Telegram user as returned by `GET /api/me`. */
export interface MeUser {
  /** Telegram user id as a decimal string (it can exceed 2^53). */
  telegramId: string;
  firstName: string;
  lastName: string | null;
  username: string | null;
  languageCode: string | null;
}

interface MeResponse {
  user: MeUser;
}

export async function getMe(signal?: AbortSignal): Promise<MeUser> {
  const body = await request<MeResponse>("/api/me", { signal });
  if (typeof body?.user?.firstName !== "string" || typeof body.user.telegramId !== "string") {
    throw new ApiError(200, "invalid_response", "The server sent an unexpected /api/me response.");
  }
  return body.user;
}

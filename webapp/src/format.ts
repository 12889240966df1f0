/** Dates, times and durations for people: in their language and their time zone. */

function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ""}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    const zone = safeZone(timeZone);
    f = new Intl.DateTimeFormat(language, { ...options, ...(zone ? { timeZone: zone } : {}) });
    cache.set(key, f);
  }
  return f;
}

/**
 * "14:05 CET" today, "23 Nov, 14:05 CET" this year, "23 Nov 2025, 14:05 CET" otherwise: in the
 * customer's zone, which is named, so nobody has to guess whether a time is theirs or the server's.
 */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = formatter(language, timeZone, { year: "numeric", month: "numeric", day: "numeric" });
  const year = formatter(language, timeZone, { year: "numeric" });
  const now = new Date();
  const time = { hour: "numeric", minute: "2-digit", timeZoneName: "short" } as const;
  if (day.format(date) === day.format(now)) return formatter(language, timeZone, time).format(date);
  const sameYear = year.format(date) === year.format(now);
  return formatter(language, timeZone, { month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }), ...time }).format(date);
}

/** Full date and time, e.g. for a tooltip or a <time> title. */
export function formatFull(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, timeZone, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(
    date,
  );
}

/** Minutes after midnight -> "HH:MM" for <input type="time">. */
export function minutesToTime(minutes: number | null): string {
  if (minutes === null) return "";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "HH:MM" -> minutes after midnight; null for an empty or invalid value. */
export function timeToMinutes(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(value);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}

/** The name of a language in that language ("Русский"), falling back to the code. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** The device's own time zone, e.g. "Europe/Berlin". */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** All IANA time zones the browser knows. */
export function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["UTC"];
  }
}

/** A random UUID, also where crypto.randomUUID is missing (insecure origins). */
export function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

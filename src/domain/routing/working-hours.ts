import { ValidationError } from "../shared/errors.js";

// When a queue's people work, in the desk's time zone: "mon-fri 09:00-18:00", several periods
// separated by commas ("mon-fri 09:00-18:00, sat 10:00-14:00"), a period may cross midnight
// ("fri 22:00-02:00"). No hours at all (null, "24/7") means the queue never closes.

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

export interface WorkingPeriod {
  /** Days the period starts on (0 Sunday … 6 Saturday). */
  days: number[];
  /** Minutes after local midnight; end <= start means the period ends the next day. */
  start: number;
  end: number;
}

export type WorkingHours = WorkingPeriod[] | null;

const ALWAYS = /^(24\/7|always|none)$/i;

function dayIndex(name: string): number {
  const i = DAYS.indexOf(name.toLowerCase().slice(0, 3) as (typeof DAYS)[number]);
  if (i < 0) throw new ValidationError(`hours: "${name}" is not a day (mon, tue, wed, thu, fri, sat, sun)`);
  return i;
}

function minutes(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!m || h > 24 || min > 59 || (h === 24 && min > 0)) throw new ValidationError(`hours: "${text}" is not a time like 09:00`);
  return h * 60 + min;
}

/** "mon-fri 09:00-18:00, sat 10:00-14:00" -> periods; "24/7" or empty -> null (always open). */
export function parseWorkingHours(text: string | null | undefined): WorkingHours {
  const t = (text ?? "").trim();
  if (!t || ALWAYS.test(t)) return null;
  return t.split(",").map((part) => {
    const m = /^\s*([a-z]{3,9})(?:\s*-\s*([a-z]{3,9}))?\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/i.exec(part);
    if (!m) throw new ValidationError(`hours: "${part.trim()}" should look like mon-fri 09:00-18:00 (or 24/7)`);
    const from = dayIndex(m[1]!);
    const to = m[2] ? dayIndex(m[2]) : from;
    const days: number[] = [];
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === to) break;
    }
    const start = minutes(m[3]!);
    const end = minutes(m[4]!);
    if (start === end) throw new ValidationError(`hours: "${part.trim()}" opens and closes at the same time`);
    return { days, start, end: end === 0 ? 1440 : end };
  });
}

/** The canonical text of parsed hours (what is stored and shown). */
export function formatWorkingHours(hours: WorkingHours): string {
  if (!hours) return "24/7";
  const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return hours
    .map((p) => {
      const first = DAYS[p.days[0]!]!;
      const last = DAYS[p.days.at(-1)!]!;
      return `${p.days.length > 1 ? `${first}-${last}` : first} ${hhmm(p.start)}-${hhmm(p.end)}`;
    })
    .join(", ");
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function local(at: Date, timeZone: string): { day: number; minute: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: dayIndex(get("weekday")), minute: Number(get("hour")) * 60 + Number(get("minute")) };
}

export function isOpenAt(hours: WorkingHours, at: Date, timeZone: string): boolean {
  if (!hours) return true;
  const { day, minute } = local(at, timeZone);
  const yesterday = (day + 6) % 7;
  return hours.some((p) =>
    p.end > p.start
      ? p.days.includes(day) && minute >= p.start && minute < p.end
      : (p.days.includes(day) && minute >= p.start) || (p.days.includes(yesterday) && minute < p.end),
  );
}

const STEP = 15 * 60_000;

/**
 * When the queue next opens, or null when it is open now (or never closes). Walks forward in
 * quarter hours (every time zone's offset is a multiple of 15 minutes) and settles on the minute,
 * so daylight-saving changes need no special case.
 */
export function nextOpening(hours: WorkingHours, at: Date, timeZone: string): Date | null {
  if (!hours || isOpenAt(hours, at, timeZone)) return null;
  const base = Math.ceil(at.getTime() / STEP) * STEP;
  for (let t = base; t < at.getTime() + 8 * 24 * 3_600_000; t += STEP) {
    if (!isOpenAt(hours, new Date(t), timeZone)) continue;
    let open = t;
    while (open - 60_000 > at.getTime() && isOpenAt(hours, new Date(open - 60_000), timeZone)) open -= 60_000;
    return new Date(open);
  }
  return null;
}

/**
 * When a queue's SLA clock starts for a ticket arriving at `at`: at once when the queue is open,
 * else at its next opening (a promise made at night is kept in the morning, not broken overnight).
 * Stored hours that no longer parse count as 24/7.
 */
export function slaStartFor(queue: { workingHours: string | null }, at: Date, timeZone: string): Date {
  let hours: WorkingHours;
  try {
    hours = parseWorkingHours(queue.workingHours);
  } catch {
    hours = null;
  }
  return nextOpening(hours, at, timeZone) ?? at;
}

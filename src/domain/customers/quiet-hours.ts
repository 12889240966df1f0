// Quiet hours in the customer's own time zone: a non-critical notification that would arrive
// in them waits until they end. Offsets of half and quarter hours (India, Nepal) work because the
// local time comes from the time-zone database, not from a whole-hour offset.

export interface QuietHours {
  timeZone: string;
  /** Minutes after local midnight; start > end means the period crosses midnight (22:00-08:00). */
  start: number;
  end: number;
}

function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const h = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const m = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return h * 60 + m;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** When the quiet period the moment falls into ends, or null if it is not quiet then. */
export function quietUntil(at: Date, q: QuietHours): Date | null {
  if (q.start === q.end || !isValidTimeZone(q.timeZone)) return null;
  const now = localMinutes(at, q.timeZone);
  const inQuiet = q.start < q.end ? now >= q.start && now < q.end : now >= q.start || now < q.end;
  if (!inQuiet) return null;
  const wait = (q.end - now + 1440) % 1440;
  let until = new Date(at.getTime() + wait * 60_000);
  // A daylight-saving change in between shifts local time: correct until the clock reads `end`.
  for (let i = 0; i < 2; i++) {
    const drift = ((q.end - localMinutes(until, q.timeZone) + 2160) % 1440) - 720;
    if (drift === 0) break;
    until = new Date(until.getTime() + drift * 60_000);
  }
  // Land on the minute the quiet period ends (seconds of `at` dropped).
  until.setUTCSeconds(0, 0);
  return until;
}

/** "22:00-08:00" -> minutes; empty -> null. */
export function parseQuietHours(text: string): { start: number; end: number } | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [h1, m1, h2, m2] = m.slice(1).map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) return null;
  return { start: h1 * 60 + m1, end: h2 * 60 + m2 };
}

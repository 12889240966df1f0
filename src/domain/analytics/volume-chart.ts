import { Resvg } from "@resvg/resvg-js";
import type { Sql } from "../../db/index.js";
import type { Attachment } from "../tickets/types.js";

// The small chart of the daily digest: tickets per day over the last two weeks, as a PNG drawn on
// the server (an SVG rendered by resvg, a prebuilt renderer with no build step). Its words are
// the desk's language through Intl (weekday names, digits), so no text needs translating here.

export interface DayVolume {
  /** YYYY-MM-DD in the desk's time zone. */
  day: string;
  count: number;
}

export const CHART_DAYS = 14;

/** Tickets created on each of the `days` whole days (desk time) before the day holding `until`. */
export async function recentVolumes(sql: Sql, until: Date, timeZone: string, days = CHART_DAYS): Promise<DayVolume[]> {
  const { rows } = await sql.query<{ day: string; count: number }>(
    `WITH d AS (
       SELECT g::date AS day FROM generate_series((($1::timestamptz AT TIME ZONE $2)::date - $3::int), ($1::timestamptz AT TIME ZONE $2)::date - 1, interval '1 day') g
     )
     SELECT d.day::text AS day,
       (SELECT count(*)::int FROM tickets t
        WHERE t.created_at >= (d.day::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC'
          AND t.created_at < ((d.day + 1)::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC') AS count
     FROM d ORDER BY d.day`,
    [until.toISOString(), timeZone, days],
  );
  return rows;
}

const WIDTH = 800;
const HEIGHT = 360;
const PAD = { top: 40, right: 24, bottom: 64, left: 24 };
const FONTS = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Thai', 'Noto Sans CJK SC', 'Noto Sans CJK KR', 'DejaVu Sans', sans-serif";

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chart as SVG: one bar a day with its count above, the weekday and date below. */
export function volumeChartSvg(days: DayVolume[], language: string): string {
  const max = Math.max(1, ...days.map((d) => d.count));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(4, slot * 0.64);
  const locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length ? language : "en";
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const dayOfMonth = new Intl.DateTimeFormat(locale, { day: "numeric", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale);
  const baseline = PAD.top + plotHeight;
  const bars = days
    .map((d, i) => {
      const date = new Date(`${d.day}T00:00:00Z`);
      const x = PAD.left + i * slot + (slot - barWidth) / 2;
      const h = Math.round((d.count / max) * plotHeight);
      const centre = (x + barWidth / 2).toFixed(1);
      return [
        `<rect x="${x.toFixed(1)}" y="${baseline - h}" width="${barWidth.toFixed(1)}" height="${h}" rx="3" fill="#2a7ab9"/>`,
        `<text x="${centre}" y="${baseline - h - 8}" text-anchor="middle" font-size="15" fill="#1d2733">${escapeXml(number.format(d.count))}</text>`,
        `<text x="${centre}" y="${baseline + 24}" text-anchor="middle" font-size="12" fill="#5b6b7c">${escapeXml(weekday.format(date))}</text>`,
        `<text x="${centre}" y="${baseline + 46}" text-anchor="middle" font-size="14" fill="#5b6b7c">${escapeXml(dayOfMonth.format(date))}</text>`,
      ].join("");
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONTS}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>` +
    `<line x1="${PAD.left}" y1="${baseline}" x2="${WIDTH - PAD.right}" y2="${baseline}" stroke="#c9d3dd" stroke-width="1"/>` +
    bars +
    `</svg>`
  );
}

/** The chart as a PNG, with the machine's fonts (Noto covers the desk's seven languages). */
export function volumeChartPng(days: DayVolume[], language: string): Buffer {
  const svg = volumeChartSvg(days, language);
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans" }, background: "#ffffff" }).render().asPng();
}

/**
 * The chart as a photo to send. It has no Telegram file id yet: it travels in its outbox row as a
 * data URL, which the delivery turns into an upload (notify/uploads.ts).
 */
export function chartAttachment(png: Buffer): Attachment {
  return { kind: "photo", fileId: `data:image/png;base64,${png.toString("base64")}`, mimeType: "image/png" };
}

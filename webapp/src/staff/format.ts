import type { Translate } from "../i18n";

/** Seconds as "45 s", "25 min", "3.5 h", "2.1 d" (localized units). */
export function duration(t: Translate, seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return t("staff-seconds", { n: Math.round(seconds) });
  if (seconds < 3600) return t("staff-minutes", { n: Math.round(seconds / 60) });
  if (seconds < 86_400) return t("staff-hours", { n: Math.round(seconds / 360) / 10 });
  return t("staff-days", { n: Math.round(seconds / 8640) / 10 });
}

export function percent(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`;
}

export function decimal(value: number | null, digits = 2): string {
  return value === null ? "—" : value.toFixed(digits);
}

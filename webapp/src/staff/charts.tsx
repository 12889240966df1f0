/**
 * Charts drawn as plain SVG. The staff pages need horizontal bars, a weekday x hour heat map and
 * change arrows; a charting library (Chart.js ~70 kB gzipped, uPlot ~20 kB with no heat map)
 * would outweigh these few dozen lines several times over. Colours come from the theme's
 * contrast-checked variables; every chart has a text alternative (title + a table on demand).
 */
import { useT } from "../i18n";

export interface Bar {
  label: string;
  value: number;
  /** What is written at the end of the bar (the value, formatted). */
  text: string;
}

export function BarChart({ bars, title, testId }: { bars: Bar[]; title: string; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 28;
  const labelWidth = 110;
  const width = 340;
  const height = Math.max(row, bars.length * row);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.text}`).join(", ")}`}>
        {bars.map((b, i) => {
          const w = ((width - labelWidth - 60) * b.value) / max;
          return (
            <g key={b.label} transform={`translate(0 ${i * row})`}>
              <text x={labelWidth - 6} y={row / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                {b.label.length > 16 ? `${b.label.slice(0, 15)}…` : b.label}
              </text>
              <rect x={labelWidth} y={5} width={Math.max(1, w)} height={row - 10} rx={3} className="chart-bar" />
              <text x={labelWidth + w + 6} y={row / 2} dominantBaseline="middle" className="chart-value">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Arrivals by weekday (rows, Monday first) and hour (columns). */
export function HeatMap({ cells, title }: { cells: { weekday: number; hour: number; count: number }[]; title: string }) {
  const t = useT();
  const max = Math.max(1, ...cells.map((c) => c.count));
  const at = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c.count]));
  const size = 12;
  const left = 34;
  const top = 14;
  const days = [1, 2, 3, 4, 5, 6, 7];
  const peak = cells.reduce((best, c) => (c.count > best.count ? c : best), { weekday: 0, hour: 0, count: 0 });
  return (
    <figure className="chart" data-testid="heatmap">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${left + 24 * size + 2} ${top + 7 * size + 2}`}
        role="img"
        aria-label={peak.count ? t("staff-heatmap-peak", { day: t(`staff-weekday-${peak.weekday}`), hour: peak.hour, count: peak.count }) : title}
      >
        {[0, 6, 12, 18].map((h) => (
          <text key={h} x={left + h * size} y={top - 4} className="chart-axis">
            {String(h).padStart(2, "0")}
          </text>
        ))}
        {days.map((d, row) => (
          <g key={d}>
            <text x={left - 4} y={top + row * size + size / 2} textAnchor="end" dominantBaseline="middle" className="chart-axis">
              {t(`staff-weekday-${d}`)}
            </text>
            {Array.from({ length: 24 }, (_, h) => {
              const n = at.get(`${d}:${h}`) ?? 0;
              return (
                <rect
                  key={h}
                  x={left + h * size}
                  y={top + row * size}
                  width={size - 1}
                  height={size - 1}
                  className="heat-cell"
                  style={{ fillOpacity: n ? 0.15 + (0.85 * n) / max : 0.04 }}
                >
                  <title>{`${t(`staff-weekday-${d}`)} ${String(h).padStart(2, "0")}:00 — ${n}`}</title>
                </rect>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** "+12%" / "−5%" against the previous period; `better` says which direction is good news. */
export function Change({ current, previous, better }: { current: number | null; previous: number | null; better: "up" | "down" }) {
  const t = useT();
  if (current === null || previous === null || previous === 0) return <span className="change change-none">{t("staff-change-none")}</span>;
  const ratio = (current - previous) / Math.abs(previous);
  if (Math.abs(ratio) < 0.005) return <span className="change change-none">±0%</span>;
  const good = ratio > 0 === (better === "up");
  const text = `${ratio > 0 ? "▲ +" : "▼ −"}${Math.round(Math.abs(ratio) * 100)}%`;
  return (
    <span
      className={`change ${good ? "change-good" : "change-bad"}`}
      aria-label={t(good ? "staff-change-better" : "staff-change-worse", { change: text.slice(2) })}
    >
      {text}
    </span>
  );
}

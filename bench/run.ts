// `npm run bench` runs every benchmark; `npm run bench -- <name>` runs one. Results are printed as
// a table and written to bench-results.json (rows of other benchmarks from earlier runs are kept).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { intake } from "./intake.bench.js";
import { kb } from "./kb.bench.js";
import { sla } from "./sla.bench.js";
import { outbox } from "./outbox.bench.js";
import { api } from "./api.bench.js";
import { startup } from "./startup.bench.js";
import { miniapp } from "./miniapp.bench.js";
import { community } from "./community.bench.js";
import { analytics } from "./analytics.bench.js";
import { backlog } from "./backlog.bench.js";
import type { Benchmark, BenchRow } from "./types.js";

const BENCHMARKS: Benchmark[] = [startup, intake, sla, outbox, backlog, api, kb, miniapp, analytics, community];
const OUT = resolve(import.meta.dirname, "../bench-results.json");

const wanted = process.argv.slice(2);
const selected = wanted.length ? BENCHMARKS.filter((b) => wanted.includes(b.name)) : BENCHMARKS;
if (!selected.length) {
  console.error(`No benchmark named ${wanted.join(", ")}. Known: ${BENCHMARKS.map((b) => b.name).join(", ")}`);
  process.exit(2);
}

const rows: BenchRow[] = [];
for (const b of selected) {
  console.error(`running ${b.name}...`);
  rows.push(...(await b.run()));
}

const previous: BenchRow[] = existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : [];
const names = new Set(rows.map((r) => r.name));
writeFileSync(OUT, `${JSON.stringify([...previous.filter((r) => !names.has(r.name)), ...rows], null, 2)}\n`);

console.table(rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit, target: r.target })));
process.exit(0);

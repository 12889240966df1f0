// Where a V8 CPU profile's time went, as text: self time by package or source file, and the
// heaviest functions. `npx tsx bench/support/profile-summary.ts <file.cpuprofile> [per=<n requests>]
// [skip=<seconds>]` also divides by a request count, to read the profile as CPU per request, and
// leaves out the first seconds (the process starting up).
//
// "writev" stands out in profiles of a desk under load: a sample taken while the process sits in
// that system call, which sends a query to PostgreSQL (or a response) over loopback TCP. The kernel
// wakes the receiving process there and often runs it at once, so much of that time is the desk
// waiting for its core back, not CPU it uses: count it apart from the rest.
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error("usage: profile-summary.ts <file.cpuprofile> [per=<requests>]");
  process.exit(2);
}
const per = Number(rest.find((a) => a.startsWith("per="))?.slice(4) ?? 0);
const skipMs = Number(rest.find((a) => a.startsWith("skip="))?.slice(5) ?? 0) * 1000;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

/** Which part of the program a frame belongs to: a package, a project folder, Node itself. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native/V8)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node internals";
  const own = /\/(src|bench|tests)\/(.*)$/.exec(url);
  if (own) return own[2]!.includes("generated") ? "prisma generated client" : `${own[1]}/${own[2]!.split("/").slice(0, -1).join("/") || "."}`;
  return url;
}

const selfMs = new Map<number, number>();
let elapsed = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  elapsed += ms;
  if (elapsed >= skipMs) selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
});
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const named = (name: string) => [...selfMs].filter(([id]) => byId.get(id)!.callFrame.functionName === name).reduce((a, [, ms]) => a + ms, 0);
const idle = named("(idle)");
const writev = named("writev");
// Shares are of the time the process ran JavaScript, GC and other native work, writev left out.
const busy = total - idle - writev;

const areas = new Map<string, number>();
const fns = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === "(idle)" || functionName === "writev") continue;
  const a = area(url, functionName);
  areas.set(a, (areas.get(a) ?? 0) + ms);
  const f = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
  fns.set(f, (fns.get(f) ?? 0) + ms);
}

// Inclusive time: a sample counts for a group when any frame of its stack matches (native work
// such as HMAC or JSON.stringify shows up under the JavaScript that called it).
const GROUPS: Array<[string, RegExp]> = [
  ["init-data check (HMAC, parse)", /@telegram-apps\/init-data-node|init-data-auth/],
  ["Prisma client and query compiler", /@prisma\/|generated\/|prisma-client/],
  ["node-postgres (pg) driver", /node_modules\/pg(-[a-z]+)?\//],
  ["zod (validation, response serialization)", /node_modules\/zod\/|fastify-type-provider-zod/],
  ["pino logging", /node_modules\/pino/],
  ["prom-client metrics", /node_modules\/prom-client/],
  ["customer views (domain)", /domain\/tickets\/customer-views|customer-pages/],
  ["garbage collection", /^\(garbage collector\)/],
];
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const groupMs = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const hit = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url } = byId.get(at)!.callFrame;
    for (const [label, re] of GROUPS) if (re.test(url) || re.test(functionName)) hit.add(label);
  }
  if (["(idle)", "writev"].includes(byId.get(id)!.callFrame.functionName)) continue;
  for (const label of hit) groupMs.set(label, (groupMs.get(label) ?? 0) + ms);
}

const fmt = (ms: number) =>
  `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %` + (per ? ` ${(ms / per).toFixed(3).padStart(7)} ms/req` : "");
console.log(
  `busy ${busy.toFixed(0)} ms, writev ${writev.toFixed(0)} ms, idle ${idle.toFixed(0)} ms: ${total.toFixed(0)} ms profiled` +
    (per ? `; busy ${(busy / per).toFixed(3)} ms per request` : ""),
);
console.log("\ninclusive time of some parts (a sample may count in several):");
for (const [label] of GROUPS) console.log(`${fmt(groupMs.get(label) ?? 0)}  ${label}`);
console.log("\nself time by area:");
for (const [a, ms] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${fmt(ms)}  ${a}`);
console.log("\nheaviest functions (self time):");
for (const [f, ms] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`${fmt(ms)}  ${f}`);

// An open-loop HTTP load at a steady rate: request i leaves at start + i/rate, whatever happened to
// the ones before, and its latency counts from that moment (a request that had to wait for a free
// connection, or for this process's own event loop, waited as a user would have).
//
// Why not autocannon's `overallRate`: it gives each connection a quota per second and sends the
// quota back to back as the second begins, so "1,000 a second" arrives as a burst of 1,000 at the
// top of every second, 64 at a time, and a request's latency is its place in that burst. Its
// correction for coordinated omission then adds samples with an expected interval of one
// millisecond, a figure that means nothing at that rate. The figures it gave were of the burst.
import http from "node:http";
import { percentile } from "../types.js";

export interface PacedRequest {
  path: string;
  headers: Record<string, string>;
}

export interface PacedResult {
  /** Requests answered 2xx. */
  ok: number;
  /** Requests answered otherwise, or failed. */
  failed: number;
  /** Answered requests per second, over the time from the first leaving to the last answer. */
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export async function pacedLoad(
  url: string,
  requests: readonly PacedRequest[],
  opts: { rate: number; seconds: number; connections: number },
): Promise<PacedResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let failed = 0;
  let answered = 0;
  let sent = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((done) => (finish = done));
  const start = performance.now();

  const send = (i: number) => {
    const due = start + i * interval;
    const r = requests[i % requests.length]!;
    const req = http.request({ host: target.hostname, port: target.port, path: r.path, method: "GET", headers: r.headers, agent }, (res) => {
      res.resume();
      res.once("end", () => {
        if (res.statusCode! >= 200 && res.statusCode! < 300) latencies.push(performance.now() - due);
        else failed++;
        if (++answered === total) finish();
      });
    });
    req.once("error", () => {
      failed++;
      if (++answered === total) finish();
    });
    req.end();
  };

  // Every millisecond or so, everything that is due leaves: the timer's lateness delays a request,
  // and the delay is in its latency, but never bunches the schedule.
  await new Promise<void>((scheduled) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) send(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else scheduled();
    };
    tick();
  });
  await finished;
  const elapsed = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    ok: latencies.length,
    failed,
    perSecond: (latencies.length * 1000) / elapsed,
    p50: round2(percentile(latencies, 50)),
    p99: round2(percentile(latencies, 99)),
    max: round2(latencies.at(-1) ?? NaN),
  };
}

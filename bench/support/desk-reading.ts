// What a desk running as its own process says of itself on /metrics, for benchmarks that measure
// it from outside: its CPU time and how long its event loop was held up.

export const METRICS_TOKEN = "bench-metrics-token-0123456789";

/**
 * The desk process's CPU time so far (process.cpuUsage inside) and the longest its event loop was
 * held up since the last reading.
 */
export async function deskReading(url: string): Promise<{ cpuMs: number; loopLagMaxMs: number }> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await res.text();
  const seconds = /^desk_process_cpu_seconds_total (\S+)$/m.exec(text)?.[1];
  const lag = /^desk_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1];
  if (!res.ok || seconds === undefined || lag === undefined) throw new Error(`no CPU or event-loop figure in the desk's /metrics (${res.status})`);
  return { cpuMs: Number(seconds) * 1000, loopLagMaxMs: Number(lag) * 1000 };
}

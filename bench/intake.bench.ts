// Customer messages turned into tickets end to end: raw updates posted to the webhook endpoint
// (the emulator would be the bottleneck), many distinct customers at once, each message a
// request a person must take ("operator ..."), measured until the receipt reaches the Bot API.
import { benchDatabase } from "./support/database.js";
import { startBenchDesk } from "./support/desk.js";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { percentile, round, type Benchmark } from "./types.js";

const SECRET = "bench-webhook-secret-0123456789";
const CUSTOMERS = Number(process.env.BENCH_INTAKE_CUSTOMERS ?? 3000);
// Latency is also measured at a steady rate the desk can sustain, where it is not queueing time.
const PACED_RATE = Number(process.env.BENCH_INTAKE_RATE ?? 40);
const PACED_COUNT = PACED_RATE * 10;
const CONCURRENCY = Number(process.env.BENCH_INTAKE_CONCURRENCY ?? 64);
const FIRST_ID = 10_000_000;

export const intake: Benchmark = {
  name: "intake",
  async run() {
    const db = await benchDatabase("intake");
    const posted = new Map<number, number>();
    const latencies: number[] = [];
    let lastReceiptAt = 0;
    let expected = CUSTOMERS;
    let allReceipts: () => void = () => {};
    let done = new Promise<void>((r) => (allReceipts = r));
    const api = await startFakeBotApi({
      onSend: ({ chatId, text, at }) => {
        const sentAt = posted.get(chatId);
        if (sentAt === undefined || !text.includes("Ticket <b>#")) return;
        latencies.push(at - sentAt);
        lastReceiptAt = at;
        if (latencies.length === expected) allReceipts();
      },
    });
    // The fake Bot API has no limits; Telegram's (about 30/s) would cap this at 30 receipts/s.
    const desk = await startBenchDesk(db.url, api.url, { WEBHOOK_SECRET: SECRET, OUTBOX_PER_SECOND: "1000" });
    try {
      // Returning customers who already gave consent: the measured path is message -> ticket.
      const now = new Date();
      await desk.database.prisma.customer.createMany({
        data: Array.from({ length: CUSTOMERS + PACED_COUNT }, (_, i) => ({
          telegramId: BigInt(FIRST_ID + i),
          firstName: `Customer ${i}`,
          languageCode: "en",
          consentAt: now,
        })),
      });
      const update = (i: number) => ({
        update_id: 1_000_000 + i,
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: FIRST_ID + i, type: "private", first_name: `Customer ${i}` },
          from: { id: FIRST_ID + i, is_bot: false, first_name: `Customer ${i}`, language_code: "en" },
          text: `I need a human operator, order ${i} never arrived`,
        },
      });
      const started = performance.now();
      const cpu0 = process.cpuUsage();
      let next = 0;
      const worker = async () => {
        for (;;) {
          const i = next++;
          if (i >= CUSTOMERS) return;
          posted.set(FIRST_ID + i, performance.now());
          const res = await fetch(`${desk.url}/telegram/webhook`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
            body: JSON.stringify(update(i)),
          });
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`webhook answered ${res.status}`);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      await Promise.race([done, new Promise((_, fail) => setTimeout(() => fail(new Error("receipts missing")), 120_000))]);
      const seconds = (lastReceiptAt - started) / 1000;
      const cpu = process.cpuUsage(cpu0);
      // This process holds the desk and the client posting the updates (fetch): an upper bound.
      const cpuPerTicket = (cpu.user + cpu.system) / 1000 / CUSTOMERS;
      const tickets = await desk.database.prisma.ticket.count();
      if (tickets !== CUSTOMERS) throw new Error(`expected ${CUSTOMERS} tickets, found ${tickets}`);
      const saturated = [...latencies].sort((a, b) => a - b);

      // Phase 2: a steady PACED_RATE per second of new customers.
      latencies.length = 0;
      expected = PACED_COUNT;
      done = new Promise<void>((r) => (allReceipts = r));
      const sends: Array<Promise<unknown>> = [];
      const t0 = performance.now();
      for (let k = 0; k < PACED_COUNT; k++) {
        const wait = t0 + (k * 1000) / PACED_RATE - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const i = CUSTOMERS + k;
        posted.set(FIRST_ID + i, performance.now());
        sends.push(
          fetch(`${desk.url}/telegram/webhook`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
            body: JSON.stringify(update(i)),
          }).then((r) => r.arrayBuffer()),
        );
      }
      await Promise.all(sends);
      await Promise.race([done, new Promise((_, fail) => setTimeout(() => fail(new Error("paced receipts missing")), 60_000))]);
      const paced = [...latencies].sort((a, b) => a - b);

      console.error(
        `intake: ${CUSTOMERS} tickets in ${round(seconds, 2)} s at concurrency ${CONCURRENCY}, ${round(cpuPerTicket, 2)} ms of CPU per ticket in this process (p50 ${round(percentile(saturated, 50))} ms, p99 ${round(percentile(saturated, 99))} ms while saturated); ` +
          `at ${PACED_RATE}/s: p50 ${round(percentile(paced, 50))} ms, p99 ${round(percentile(paced, 99))} ms`,
      );
      return [
        { name: "intake_tickets_per_s", value: round(CUSTOMERS / seconds), unit: "per_s", target: ">= 300" },
        { name: "intake_cpu_ms_per_ticket", value: round(cpuPerTicket, 2), unit: "ms", target: "about 6" },
        { name: "intake_receipt_p50_ms", value: round(percentile(paced, 50)), unit: "ms", target: "< 50" },
        { name: "intake_receipt_p99_ms", value: round(percentile(paced, 99)), unit: "ms", target: "< 100" },
        { name: "intake_saturated_receipt_p99_ms", value: round(percentile(saturated, 99)), unit: "ms", target: "report" },
      ];
    } finally {
      await desk.stop();
      await api.close();
      await db.drop();
    }
  },
};

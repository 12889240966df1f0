import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createPrismaClient, type Db } from "../../src/db/index.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/db/embedded.js";
import { systemClock } from "../../src/domain/shared/clock.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { start, type RunningDesk } from "../../src/desk.js";
import { adminQuery, withDatabase } from "../setup/global-database.js";
import { domainDeps } from "../helpers/domain.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";
import { freePort } from "../helpers/process.js";
import { TEST_BOT_INFO, TEST_TOKEN } from "../helpers/telegram.js";

// PostgreSQL goes away and comes back (a restart, a failover) while the desk runs: the outbox
// delivers what is written after it, and the SLA sweep acts on tickets that fall due after it,
// with no restart of the desk. The database is an embedded PostgreSQL of this test's own, so it
// can be stopped without disturbing anyone else's.

let dataDir: string;
let port: number;
let pg: EmbeddedDatabase | undefined;
let desk: RunningDesk | undefined;
let db: Db;
let api: Awaited<ReturnType<typeof startFakeBotApi>>;

async function startPostgres() {
  pg = await startEmbeddedPostgres(dataDir, port);
  return pg;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "desk-restart-pg-"));
  // The server runs as the "postgres" user when the tests run as root: it must enter the folder.
  chmodSync(dataDir, 0o755);
  port = await freePort();
  const server = await startPostgres();
  await adminQuery(server.url("postgres"), 'CREATE DATABASE "desk"');
  const url = withDatabase(server.url("postgres"), "desk");
  api = await startFakeBotApi();
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: url,
    QUIET_HOURS: "none",
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://desk.example.test",
    SLA_SWEEP_SECONDS: "1",
    DB_POOL_SIZE: "4",
  });
  desk = await start(config, { log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }), botInfo: TEST_BOT_INFO });
  db = createPrismaClient(url, 2);
}, 120_000);

afterAll(async () => {
  await desk?.stop();
  await db?.$disconnect();
  await api?.close();
  await pg?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const sentTo = (chatId: bigint) => api.calls.filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === chatId.toString());

describe("a PostgreSQL restart", () => {
  it("does not stop the outbox or the SLA sweep", async () => {
    const deps = { ...domainDeps(db), clock: systemClock };
    const before = await db.customer.create({ data: { telegramId: 990_001n, firstName: "Before", consentAt: new Date() } });
    const { ticket: first } = await openTicket(deps, {
      customerId: before.id,
      topic: "payment",
      text: "My card was charged twice",
      handoff: null,
      source: "bot",
    });
    await expect.poll(() => sentTo(before.telegramId).length, { timeout: 15_000, interval: 100 }).toBeGreaterThan(0);

    await pg!.stop();
    // Down for a few seconds, as in a restart: the desk's pools lose every connection.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await startPostgres();

    // The outbox: a message written after the restart is delivered (the LISTEN connection is
    // gone; polling finds it, and the listener is not needed for correctness).
    const after = await db.customer.create({ data: { telegramId: 990_002n, firstName: "After", consentAt: new Date() } });
    const { ticket: second } = await openTicket(deps, {
      customerId: after.id,
      topic: "account",
      text: "I cannot log in since this morning",
      handoff: null,
      source: "bot",
    });
    await expect.poll(() => sentTo(after.telegramId).length, { timeout: 30_000, interval: 200 }).toBeGreaterThan(0);
    expect(await db.outboxMessage.count({ where: { sentAt: null, failedAt: null, notBefore: { lte: new Date() } } })).toBe(0);

    // The SLA sweep: tickets that fall due after the restart are acted on.
    const past = new Date(Date.now() - 60 * 60_000);
    for (const t of [first, second]) {
      await db.ticket.update({ where: { id: t.id }, data: { firstResponseDueAt: past, nextSlaCheckAt: past } });
    }
    const events = () => db.ticketEvent.count({ where: { ticketId: { in: [first.id, second.id] }, actorType: "system", createdAt: { gte: past } } });
    const eventsBefore = await events();
    await expect
      .poll(async () => (await db.ticket.findMany({ where: { id: { in: [first.id, second.id] }, nextSlaCheckAt: { lte: past } } })).length, {
        timeout: 30_000,
        interval: 200,
      })
      .toBe(0);
    expect(await events()).toBeGreaterThan(eventsBefore);
  }, 120_000);
});

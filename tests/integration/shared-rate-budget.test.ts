import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { RateBudget } from "../../src/notify/telegram-client.js";
import { SharedRateBudget } from "../../src/notify/shared-rate-budget.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";

// Three "instances" (three budgets with pools of their own) on one database keep one limit
// between them: overall, and per chat.

let db: TestDatabase;
const pools: Sql[] = [];
beforeAll(async () => {
  db = await createTestDatabase({ seed: false });
  for (let i = 0; i < 3; i++) pools.push(createSqlPool(db.url, 4));
  // Instances that run have their connections open: the budget is measured warm.
  await Promise.all(pools.flatMap((p) => Array.from({ length: 4 }, () => p.query("SELECT 1"))));
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await db?.drop();
});

const budgets = (perSecond: number, token: string) => pools.map((sql) => new SharedRateBudget({ sql, token, apiRoot: "http://bot-api.invalid", perSecond }));

describe("the shared Telegram rate budget", () => {
  it("lets three instances together send no faster than the one limit, and nearly at it", async () => {
    const perSecond = 40;
    const [a, b, c] = budgets(perSecond, "1:overall");
    const local = new RateBudget(1000);
    const times: number[] = [];
    const send = (budget: SharedRateBudget, chat: number) => budget.run(chat, async () => void times.push(performance.now()), local);
    const calls = 90;
    const started = performance.now();
    await Promise.all(Array.from({ length: calls }, (_, i) => send([a, b, c][i % 3]!, 5_000 + i)));
    times.sort((x, y) => x - y);
    // No second-long window holds more than the limit and one message: the instances translate
    // the server's slots to their own clocks only to within a busy event loop's jitter (a few ms
    // on this shared machine); the margin absorbs that over any longer run.
    for (let i = 0; i + perSecond + 1 < times.length; i++) expect(times[i + perSecond + 1]! - times[i]!).toBeGreaterThan(1000);
    const rate = (calls - 1) / ((times.at(-1)! - times[0]!) / 1000);
    expect(rate).toBeLessThanOrEqual(perSecond);
    expect(rate).toBeGreaterThan(perSecond * 0.9);
    expect(times[0]! - started).toBeLessThan(500);
  });

  it("spaces one chat's messages about a second apart, whichever instance sends them", async () => {
    const [a, b, c] = budgets(100, "2:per-chat");
    const local = new RateBudget(1000);
    const times: number[] = [];
    await Promise.all([a, b, c, a].map((budget) => budget!.run(42, async () => void times.push(performance.now()), local)));
    times.sort((x, y) => x - y);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(1000);
    // A group chat: 20 a minute.
    const group: number[] = [];
    await Promise.all([a, b].map((budget) => budget!.run(-100_042, async () => void group.push(performance.now()), local)));
    expect(Math.abs(group[1]! - group[0]!)).toBeGreaterThan(3000);
  });

  it("falls back to the process's own budget while the database does not answer", async () => {
    const broken = createSqlPool("postgresql://nobody@127.0.0.1:1/none", 1);
    const shared = new SharedRateBudget({ sql: broken, token: "3:down", apiRoot: "http://bot-api.invalid", perSecond: 30 });
    let usedLocal = 0;
    const local = { run: <T>(_chat: string | number | undefined, call: () => Promise<T>) => (usedLocal++, call()) };
    expect(await shared.run(7, async () => "sent", local)).toBe("sent");
    expect(usedLocal).toBe(1);
    await broken.end();
  });
});

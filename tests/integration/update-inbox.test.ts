import pino from "pino";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { UpdateInbox } from "../../src/bot/inbox.js";
import type { BotContext } from "../../src/bot/context.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";

// The inbox's claim, seen from the handlers: each chat's updates one at a time and in order, other
// chats meanwhile, whatever else the table holds (done updates kept for a day, a chat with a
// backlog in front of everyone) and however many instances take updates from it.

let db: TestDatabase;
const pools: Sql[] = [];
beforeAll(async () => {
  db = await createTestDatabase({ seed: false });
  for (let i = 0; i < 2; i++) pools.push(createSqlPool(db.url, 4));
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await db?.drop();
});

const message = (updateId: number, chat: number): Update =>
  ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: chat, type: "private", first_name: "C" },
      from: { id: chat, is_bot: false, first_name: "C" },
      text: "hi",
    },
  }) as Update;

/** A bot whose handler records what it was given and when, and holds each update until released. */
function recordingBot() {
  const running = new Map<number, number>(); // chat -> updates of it being handled at once
  const seen: Array<{ chat: number; updateId: number }> = [];
  let overlap = false;
  let maxAtOnce = 0;
  let atOnce = 0;
  const bot = {
    async handleUpdate(update: Update) {
      const chat = update.message!.chat.id;
      running.set(chat, (running.get(chat) ?? 0) + 1);
      if (running.get(chat)! > 1) overlap = true;
      maxAtOnce = Math.max(maxAtOnce, ++atOnce);
      seen.push({ chat, updateId: update.update_id });
      // Long enough for the other instance and the other chats to be claimed meanwhile.
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 2));
      atOnce--;
      running.set(chat, running.get(chat)! - 1);
    },
  } as unknown as Bot<BotContext>;
  return { bot, seen, overlap: () => overlap, maxAtOnce: () => maxAtOnce };
}

describe("the update inbox", () => {
  it("hands each chat's updates over one at a time and in order, other chats meanwhile, across two instances", async () => {
    // A day's done updates, as the inbox keeps them: the claim must not read through them.
    await pools[0]!.query(
      `INSERT INTO update_inbox (update_id, chat_key, payload, received_at, done_at)
       SELECT g, (900000 + g)::text, '{}'::jsonb, now(), now() FROM generate_series(1, 5000) g`,
    );
    const record = recordingBot();
    const log = pino({ level: "silent" });
    const inboxes = pools.map((sql) => new UpdateInbox({ sql, bot: record.bot, log, concurrency: 8 }));
    // One chat with a backlog of 60 in front of everyone, then 40 chats of 3 updates each.
    const updates: Update[] = [];
    let id = 10_000;
    for (let i = 0; i < 60; i++) updates.push(message(id++, 1));
    for (let round = 0; round < 3; round++) for (let chat = 2; chat <= 41; chat++) updates.push(message(id++, chat));
    await inboxes[0]!.store(updates);
    for (const inbox of inboxes) inbox.start();
    await Promise.all(inboxes.map((inbox) => inbox.idle()));
    await Promise.all(inboxes.map((inbox) => inbox.stop()));

    expect(record.seen).toHaveLength(updates.length);
    expect(new Set(record.seen.map((s) => s.updateId)).size).toBe(updates.length);
    expect(record.overlap()).toBe(false);
    // Each chat in the order its updates arrived.
    for (let chat = 1; chat <= 41; chat++) {
      const order = record.seen.filter((s) => s.chat === chat).map((s) => s.updateId);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // The backlog did not hold the other chats back: they were handled alongside it.
    const lastOfBacklog = record.seen.findLastIndex((s) => s.chat === 1);
    const othersBefore = record.seen.slice(0, lastOfBacklog).filter((s) => s.chat !== 1).length;
    expect(othersBefore).toBeGreaterThan(60);
    expect(record.maxAtOnce()).toBeGreaterThan(2);
    const { rows } = await pools[0]!.query<{ n: number }>("SELECT count(*)::int AS n FROM update_inbox WHERE done_at IS NULL");
    expect(rows[0]!.n).toBe(0);
  });
});

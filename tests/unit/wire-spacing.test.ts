import { describe, expect, it } from "vitest";
import type { Transformer } from "grammy";
import { wireHook } from "../../src/notify/telegram-client.js";
import { chatGapMs } from "../../src/notify/shared-rate-budget.js";

// The last layer before a call goes out: a chat's next message leaves no sooner than the chat's gap
// (less 50 ms) after the previous one actually left this process, however late that one left
// after its slot. Other chats are not held up by it. (The rate budget spaces the slots; this is
// what keeps a late first message from bringing the second too close where Telegram counts.)

/** The 50 ms the layer allows, and the last millisecond a wait may end early by. */
const SLACK_MS = 51;

/** The wire layer over a "network" that notes when each call left and answers at once. */
function wire() {
  const left: Array<{ chat: unknown; method: string; at: number }> = [];
  const network = (async (method: string, payload: { chat_id?: unknown }) => {
    left.push({ chat: payload.chat_id, method, at: performance.now() });
    return { ok: true, result: true };
  }) as unknown as Parameters<Transformer>[0];
  const layer = wireHook();
  const call = (method: string, payload: Record<string, unknown>) => layer(network, method as never, payload as never, undefined);
  return { call, left };
}

describe("a chat's messages on the wire", () => {
  it("leave a chat's gap apart, counted from when the first actually left; other chats and other calls go meanwhile", async () => {
    const { call, left } = wire();
    const chat = 7_000_000_001;
    const other = 7_000_000_002;
    await call("sendMessage", { chat_id: chat, text: "first" });
    // The second to the same chat is asked for at once: it waits. The other chat's message and a
    // call that is not a message to a chat are not held behind it.
    const second = call("sendMessage", { chat_id: chat, text: "second" });
    await call("sendMessage", { chat_id: other, text: "elsewhere" });
    await call("getMe", {});
    await second;

    expect(left.map((l) => l.chat ?? l.method)).toEqual([chat, other, "getMe", chat]);
    const [first, , , again] = left;
    expect(again!.at - first!.at).toBeGreaterThanOrEqual(chatGapMs(String(chat)) - SLACK_MS);
  });

  it("space three messages to one chat asked for at once: each a gap after the one before", async () => {
    const { call, left } = wire();
    const chat = 7_000_000_003;
    await Promise.all(["one", "two", "three"].map((text) => call("sendMessage", { chat_id: chat, text })));
    expect(left).toHaveLength(3);
    expect(left[1]!.at - left[0]!.at).toBeGreaterThanOrEqual(chatGapMs(String(chat)) - SLACK_MS);
    expect(left[2]!.at - left[1]!.at).toBeGreaterThanOrEqual(chatGapMs(String(chat)) - SLACK_MS);
  });

  it("space a group's messages by the group's longer gap, and edits count as messages", async () => {
    const { call, left } = wire();
    const group = -1_009_000_000_001;
    await call("sendMessage", { chat_id: group, text: "post" });
    await call("editMessageText", { chat_id: group, message_id: 1, text: "post, corrected" });
    expect(left).toHaveLength(2);
    expect(chatGapMs(String(group))).toBeGreaterThan(chatGapMs("1"));
    expect(left[1]!.at - left[0]!.at).toBeGreaterThanOrEqual(chatGapMs(String(group)) - SLACK_MS);
  });
});

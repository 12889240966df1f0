import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "../../src/domain/callback-data.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver, type BotMessage } from "../helpers/telegram.js";

// The staff menus driven through the emulator the way an admin uses them: a command, then only
// the buttons the bot shows. Each test builds the team it needs under its own Telegram ids.
const ADMIN = 9301;

let t: TestDesk;
let admin: ChatDriver;

beforeAll(async () => {
  t = await startTestDesk({ env: { ADMIN_IDS: String(ADMIN) } });
  admin = new ChatDriver(t.emulator!, ADMIN, "Ada");
});
afterAll(async () => {
  await t?.stop();
});

const labels = (m: BotMessage) => m.buttons.map((b) => b.text);
const staffRow = (telegramId: number) =>
  t.db.prisma.staffMember.findUniqueOrThrow({ where: { telegramId: BigInt(telegramId) }, include: { queues: { include: { queue: true } } } });
const queueCodes = async (telegramId: number) => (await staffRow(telegramId)).queues.map((q) => q.queue.code).sort();

describe("the staff menus", () => {
  it("lets an admin change a person's role and queues and remove them, from /staff", async () => {
    await admin.send("/staff_add 9311 role=agent queues=L1 limit=2 name=Vera");
    await admin.expect("Vera is now agent in L1 (limit 2)");

    await admin.send("/staff");
    const list = await admin.expect("Tap a person to change their role or queues");
    expect(list.text).toContain("Vera · agent · L1 · limit 2 · away");
    expect(labels(list)).toContain("Vera · Agent");

    await admin.tap("Vera · Agent");
    let card = await admin.shown(list.messageId, (m) => m.text.includes("Queues: L1 · limit 2"));
    expect(card.text).toContain("Vera · Agent · away");
    expect(labels(card)).toEqual(expect.arrayContaining(["✓ Agent", "Supervisor", "Admin", "✓ L1", "L2", "VIP", "Remove from the team", "« Back"]));

    await admin.tap("Supervisor");
    card = await admin.shown(list.messageId, (m) => labels(m).includes("✓ Supervisor"));
    expect(card.text).toContain("Vera · Supervisor");
    expect((await staffRow(9311)).role).toBe("supervisor");

    // Queues are switched one at a time; the others stay.
    await admin.tap(/^L2$/);
    await admin.shown(list.messageId, (m) => labels(m).includes("✓ L2"));
    expect(await queueCodes(9311)).toEqual(["L1", "L2"]);
    await admin.tap("✓ L1");
    card = await admin.shown(list.messageId, (m) => labels(m).includes("L1") && !labels(m).includes("✓ L1"));
    expect(card.text).toContain("Queues: L2");
    expect(await queueCodes(9311)).toEqual(["L2"]);

    await admin.tap("Remove from the team");
    await admin.shown(list.messageId, (m) => labels(m).includes("Yes, remove Vera"));
    await admin.tap("Yes, remove Vera");
    await admin.find("Vera no longer has staff access.");
    const back = await admin.shown(list.messageId, (m) => m.text.includes("Tap a person"));
    expect(back.text).not.toContain("Vera");
    expect(labels(back).some((l) => l.startsWith("Vera"))).toBe(false);
    expect((await staffRow(9311)).active).toBe(false);

    const audit = await t.db.prisma.auditLog.findMany({ where: { action: { in: ["staff-save", "staff-remove"] } }, orderBy: { id: "asc" } });
    const aboutVera = audit.filter((a) => (a.data as { telegramId?: string }).telegramId === "9311").map((a) => a.action);
    expect(aboutVera).toEqual(["staff-save", "staff-save", "staff-save", "staff-save", "staff-remove"]);
  });

  it("keeps both of two admins' queue switches pressed at the same moment", async () => {
    await admin.send("/staff_add 9318 role=admin name=Noa");
    await admin.expect("Noa is now admin");
    await admin.send("/staff_add 9319 role=agent queues=VIP name=Tess");
    await admin.expect("Tess is now agent in VIP");
    const noa = new ChatDriver(t.emulator!, 9318, "Noa");
    await admin.send("/staff");
    const mine = await admin.expect("Tap a person");
    await admin.tap("Tess · Agent");
    await admin.shown(mine.messageId, (m) => labels(m).includes("✓ VIP"));
    await noa.send("/staff");
    const hers = await noa.expect("Tap a person");
    await noa.tap("Tess · Agent");
    await noa.shown(hers.messageId, (m) => labels(m).includes("✓ VIP"));

    await Promise.all([admin.tap(/^L1$/), noa.tap(/^L2$/)]);
    await admin.shown(mine.messageId, (m) => labels(m).includes("✓ L1"));
    await noa.shown(hers.messageId, (m) => labels(m).includes("✓ L2"));
    expect(await queueCodes(9319)).toEqual(["L1", "L2", "VIP"]);
  });

  it("goes back from a person to the team without changing anything", async () => {
    await admin.send("/staff_add 9312 role=agent queues=L2 limit=3 name=Olek");
    await admin.expect("Olek is now agent in L2");
    await admin.send("/staff");
    const list = await admin.expect("Tap a person");
    await admin.tap("Olek · Agent");
    await admin.shown(list.messageId, (m) => m.text.includes("Olek · Agent"));
    await admin.tap("« Back");
    const again = await admin.shown(list.messageId, (m) => m.text.includes("Tap a person"));
    expect(labels(again)).toContain("Olek · Agent");
    expect(await staffRow(9312)).toMatchObject({ role: "agent", maxConcurrent: 3, active: true });
  });

  it("shows a list that changed meanwhile afresh instead of acting on it", async () => {
    await admin.send("/staff_add 9317 role=agent queues=L1 name=Rita");
    await admin.expect("Rita is now agent");
    await admin.send("/staff");
    const stale = await admin.expect("Tap a person");
    // Someone removes Rita by command while this menu is on the screen.
    await admin.send("/staff_remove 9317");
    await admin.expect("Rita no longer has staff access.");
    await admin.tap("Rita · Agent");
    const fresh = await admin.shown(stale.messageId, (m) => !labels(m).includes("Rita · Agent"));
    expect(labels(fresh).length).toBeGreaterThan(0);
    expect(fresh.text).toContain("Tap a person");
    expect((await staffRow(9317)).active).toBe(false);
  });

  it("stops acting for someone who is no longer an admin, even on a menu they were shown", async () => {
    await admin.send("/staff_add 9313 role=admin name=Max");
    await admin.expect("Max is now admin");
    await admin.send("/staff_add 9314 role=agent queues=L1 name=Pia");
    await admin.expect("Pia is now agent");
    const max = new ChatDriver(t.emulator!, 9313, "Max");
    await max.send("/staff");
    const list = await max.expect("Tap a person");
    await max.tap("Pia · Agent");
    await max.shown(list.messageId, (m) => labels(m).includes("Admin"));

    await admin.send("/staff_set 9313 role=agent");
    await admin.expect("Max is now agent");
    await max.tap(/^Admin$/);
    await max.expect("Only admins can do that.");
    expect((await staffRow(9314)).role).toBe("agent");
  });

  it("switches automations on and off and deletes a custom rule after a confirmation, from /rules", async () => {
    await admin.send("/rules");
    const rules = await admin.expect("Automations");
    expect(labels(rules)).toContain("✅ follow-up");

    await admin.tap("✅ follow-up");
    const off = await admin.shown(rules.messageId, (m) => labels(m).includes("⏸ follow-up"));
    expect(off.text).toContain("⏸ follow-up");
    expect(await t.db.prisma.automationRule.findUnique({ where: { code: "follow-up" } })).toMatchObject({ enabled: false });
    await admin.tap("⏸ follow-up");
    await admin.shown(rules.messageId, (m) => labels(m).includes("✅ follow-up"));
    expect(await t.db.prisma.automationRule.findUnique({ where: { code: "follow-up" } })).toMatchObject({ enabled: true });

    await admin.send('/rule_add custom-menu-test {"event":"ticket-created","when":{"vip":true},"then":{"action":"alert"}}');
    await admin.expect("custom-menu-test");
    await admin.send("/rules");
    const withCustom = await admin.expect("custom-menu-test");
    expect(labels(withCustom)).toEqual(expect.arrayContaining(["✅ custom-menu-test", "🗑 Delete"]));
    await admin.tap("🗑 Delete");
    await admin.shown(withCustom.messageId, (m) => labels(m).includes("Yes, delete custom-menu-test"));
    await admin.tap("Yes, delete custom-menu-test");
    await admin.find("Rule custom-menu-test deleted.");
    const after = await admin.shown(withCustom.messageId, (m) => labels(m).includes("✅ follow-up"));
    expect(after.text).not.toContain("custom-menu-test");
    expect(await t.db.prisma.automationRule.findUnique({ where: { code: "custom-menu-test" } })).toBeNull();
  });

  it("pauses and resumes a queue from /queues, never the fallback queue, and shows supervisors the list only", async () => {
    await admin.send("/queues");
    const queues = await admin.expect("Tap a queue to pause or resume it");
    const vip = labels(queues).find((l) => l.startsWith("✅ VIP"));
    expect(vip).toBeDefined();

    await admin.tap(vip!);
    await admin.find("Queue VIP is paused");
    await admin.shown(queues.messageId, (m) => labels(m).some((l) => l.startsWith("⏸ VIP")));
    expect(await t.db.prisma.queue.findUnique({ where: { code: "VIP" } })).toMatchObject({ active: false });
    await admin.tap(/^⏸ VIP/);
    await admin.find("Queue VIP is taking tickets again.");
    expect(await t.db.prisma.queue.findUnique({ where: { code: "VIP" } })).toMatchObject({ active: true });

    await admin.tap(/^✅ L1 /);
    await admin.find("L1 takes the tickets of paused queues: it cannot be paused");
    expect(await t.db.prisma.queue.findUnique({ where: { code: "L1" } })).toMatchObject({ active: true });

    await admin.send("/staff_add 9315 role=supervisor name=Sol");
    await admin.expect("Sol is now supervisor");
    const sol = new ChatDriver(t.emulator!, 9315, "Sol");
    await sol.send("/queues");
    const seen = await sol.expect("L1");
    expect(seen.buttons).toEqual([]);
  });

  it("sends or discards a held reply from its confirmation, and still answers the buttons sent before it was a menu", async () => {
    // The only agent on duty: the customer's ticket is assigned to him.
    await admin.send("/staff_add 9316 role=agent queues=L1,L2 limit=5 name=Ivo");
    await admin.expect("Ivo is now agent in L1,L2");
    const ivo = new ChatDriver(t.emulator!, 9316, "Ivo");
    await ivo.send("/duty on");
    await ivo.expect("You're on duty");
    const customer = new ChatDriver(t.emulator!, 9391, "Cleo");
    await customer.send("I need an operator: my invoice is wrong");
    await customer.expect("we store this conversation");
    await customer.tap("Agree and continue");
    await customer.find(/Ticket #\d+ created/);
    const ticket = await t.db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: 9391n } } });
    await ivo.find(`Assigned to you: #${ticket.number}`);

    await ivo.send(`/r ${ticket.number} Please send me your password`);
    const held = await ivo.expect("contains: password");
    expect(labels(held)).toEqual(["Send anyway", "Discard"]);
    await ivo.tap("Send anyway");
    await ivo.find(`Sent to the customer of #${ticket.number}`);
    await customer.find("Please send me your password");
    await ivo.shown(held.messageId, (m) => m.buttons.length === 0);

    // A confirmation as the bot sent it before it became a menu (qc: buttons).
    await ivo.send(`/r ${ticket.number} And your password once more`);
    await ivo.expect("contains: password");
    const waiting = await t.db.prisma.ticketMessage.findFirstOrThrow({ where: { ticketId: ticket.id, held: true } });
    await t.desk.bot!.api.sendMessage(9316, "✋ An older confirmation", {
      reply_markup: {
        inline_keyboard: [[{ text: "Discard (earlier version)", callback_data: encode({ kind: "held-reply", messageId: waiting.id, send: false }) }]],
      },
    });
    await ivo.expect("An older confirmation");
    await ivo.tap("Discard (earlier version)");
    await ivo.find("Discarded");
    expect(await t.db.prisma.ticketMessage.findUnique({ where: { id: waiting.id } })).toBeNull();
    expect(customer.pending().some((m) => m.text.includes("once more"))).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/domain/shared/clock.js";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver, type BotMessage } from "../helpers/telegram.js";

// The agent and admin side of the desk, driven through the Telegram emulator: staff names that
// customers see, queue moves, VIP, working hours and the smaller admin paths. Customers open their
// tickets in the Mini App (a signed request, as Telegram sends it) and talk in the bot chat, in
// Korean, Chinese, Arabic and English.

/** Real time that a test can move forward (SLA deadlines) without waiting. */
class JumpClock implements Clock {
  private offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}

const ADMIN = 9001; // from ADMIN_IDS: seeded as "Admin 9001" until they write
const ANNA = 9002; // added by id, writes as "Anna"
const DIGITS = 9003; // added by id; their Telegram first name is a number, so customers never see it
const LEV = 9004; // named by the admin
const VERA = 9005; // supervisor

const clock = new JumpClock();
let t: TestDesk;
let admin: ChatDriver;
let anna: ChatDriver;
let digits: ChatDriver;
let lev: ChatDriver;
let vera: ChatDriver;

beforeAll(async () => {
  t = await startTestDesk({ clock, env: { ADMIN_IDS: String(ADMIN) } });
  admin = new ChatDriver(t.emulator!, ADMIN, "Ada");
  anna = new ChatDriver(t.emulator!, ANNA, "Anna");
  digits = new ChatDriver(t.emulator!, DIGITS, "7770001");
  lev = new ChatDriver(t.emulator!, LEV, "Lev");
  vera = new ChatDriver(t.emulator!, VERA, "Vera");
  await admin.send(`/staff_add ${ANNA} role=agent queues=L1 limit=1`);
  await admin.find(/is now agent in L1/);
  await admin.send(`/staff_add ${DIGITS} role=agent queues=L1 limit=5`);
  await admin.find(/is now agent in L1/);
  await admin.send(`/staff_add ${LEV} role=agent queues=L2 limit=5 name=Lev`);
  await admin.find("Lev is now agent in L2");
  await admin.send(`/staff_add ${VERA} role=supervisor queues=VIP limit=5 name=Vera`);
  await admin.find("Vera is now supervisor in VIP");
  await lev.send("/duty on");
  await lev.find("You're on duty in L2");
});
afterAll(async () => {
  await t?.stop();
});

const staffRow = (telegramId: number) => t.db.prisma.staffMember.findUniqueOrThrow({ where: { telegramId: BigInt(telegramId) } });
const ticketByNumber = (number: number) =>
  t.db.prisma.ticket.findUniqueOrThrow({ where: { number }, include: { queue: true, events: { orderBy: { id: "asc" } }, customer: true } });

interface MiniAppUser {
  id: number;
  first_name: string;
  language_code: string;
  username?: string;
}

/** A customer who agreed to the terms and opened a ticket in the Mini App; the bot sends the receipt. */
async function openInMiniApp(user: MiniAppUser, topic: string, description: string): Promise<{ number: number; receipt: BotMessage; chat: ChatDriver }> {
  const chat = new ChatDriver(t.emulator!, user.id, user.first_name, user.language_code);
  const headers = { authorization: `tma ${signedInitData(user)}` };
  const consent = await t.desk.app.inject({ method: "PATCH", url: "/api/me/settings", headers, payload: { consent: true } });
  expect(consent.statusCode).toBe(200);
  const created = await t.desk.app.inject({ method: "POST", url: "/api/tickets", headers, payload: { topic, description } });
  expect(created.statusCode).toBe(201);
  const number = created.json().ticket.number as number;
  const receipt = await chat.find(`#${number}`);
  return { number, receipt, chat };
}

async function duty(driver: ChatDriver, on: boolean) {
  await driver.send(`/duty ${on ? "on" : "off"}`);
  await driver.find(on ? /on duty/ : "You're away");
}

const replyTo = (driver: ChatDriver, m: BotMessage) => ({
  reply_to_message: { message_id: m.messageId, date: 0, chat: { id: driver.userId, type: "private" } },
});

describe("what customers see of the staff", () => {
  it("never shows a staff id or account: a first name, or Support in the customer's language", async () => {
    expect((await staffRow(ADMIN)).displayName).toBe("Ada"); // learnt from the first message the admin sent
    expect((await staffRow(ANNA)).displayName).toBe(`Agent ${ANNA}`); // has not written yet
    await duty(digits, true);
    expect((await staffRow(DIGITS)).displayName).toBe(`Agent ${DIGITS}`); // a number is no name

    const kim = { id: 9101, first_name: "Kim", language_code: "ko" };
    const { number, chat } = await openInMiniApp(kim, "feature", "내보내기 버튼이 작동하지 않아요");
    await digits.find(`#${number}`);
    await digits.send(`/r ${number} 확인하고 있어요. 잠시만 기다려 주세요.`);
    const unnamed = await chat.find("확인하고 있어요");
    expect(unnamed.text.startsWith("고객지원:")).toBe(true);
    expect(unnamed.text).not.toMatch(/9003|Agent|user9003/);

    await admin.send(`/r ${number} 내보내기 문제를 해결했어요.`);
    const named = await chat.find("내보내기 문제를 해결했어요");
    expect(named.text.startsWith("Ada, 고객지원:")).toBe(true);

    // The Mini App shows the same names: the first name or nothing (the app says "Support").
    const detail = await t.desk.app.inject({ url: `/api/tickets/${number}`, headers: { authorization: `tma ${signedInitData(kim)}` } });
    expect(detail.statusCode).toBe(200);
    const agentNames = (detail.json().messages as Array<{ author: string; agentName: string | null }>)
      .filter((m) => m.author === "staff")
      .map((m) => m.agentName);
    expect(agentNames).toEqual([null, "Ada"]);
    expect(detail.body).not.toMatch(/9003|9001|Admin 9|Agent 9/);
  });

  it("lets an admin name a staff member, and refuses a name that is an account", async () => {
    await admin.send(`/staff_set ${DIGITS} name=@mina_support`);
    expect((await admin.find("not an @username")).text).toContain("first name");
    await admin.send(`/staff_set ${DIGITS} name=Mina`);
    await admin.find("Mina is now agent in L1");
    const { number, chat } = await openInMiniApp({ id: 9109, first_name: "Joe", language_code: "en" }, "feature", "The export button does nothing");
    await digits.find(`#${number}`);
    await digits.send(`/r ${number} Looking into it now.`);
    expect((await chat.find("Looking into it now.")).text.startsWith("Mina, support:")).toBe(true);
    await digits.send(`/resolve ${number} Fixed the export`);
    await digits.find("resolved");
  });
});

describe("queue moves tell everyone and carry the conversation", () => {
  it("an /escalate hands the whole conversation to the new queue and tells the customer", async () => {
    await duty(digits, true);
    const zhou = { id: 9102, first_name: "Zhou", language_code: "zh" };
    const { number, chat } = await openInMiniApp(zhou, "feature", "导出报表的时候页面一直在转圈，等了十分钟也没有结果");
    await digits.find(`#${number}`);
    await digits.send(`/r ${number} 请问是哪个浏览器？`);
    await chat.find("请问是哪个浏览器");
    await chat.send("Chrome 120，订单号 5512");
    await digits.find("Chrome 120");

    await digits.send(`/escalate ${number} L2 needs an expert`);
    await digits.find(`#${number} moved to L2`);
    const brief = await lev.find(`#${number} moved from L1 to L2 (needs an expert) and is assigned to you`);
    // Everything said so far, not only the first message.
    expect(brief.text).toContain("Zhou: 导出报表的时候页面一直在转圈，等了十分钟也没有结果");
    expect(brief.text).toContain("Mina: 请问是哪个浏览器？");
    expect(brief.text).toContain("Zhou: Chrome 120");
    await chat.find(`工单 #${number} 已转给能进一步处理的同事`);

    const ticket = await ticketByNumber(number);
    expect(ticket.queue.code).toBe("L2");
    expect(ticket.assigneeId).toBe((await staffRow(LEV)).id);
    // The L2 policy runs from the move: a day to resolve, and the sweep knows when to look again.
    const resolutionHours = (ticket.resolutionDueAt!.getTime() - clock.now().getTime()) / 3_600_000;
    expect(resolutionHours).toBeGreaterThan(23.5);
    expect(resolutionHours).toBeLessThanOrEqual(24);
    expect(ticket.nextSlaCheckAt).not.toBeNull();
    expect(ticket.events.find((e) => e.type === "escalated")?.data).toMatchObject({ from: "L1", to: "L2", kind: "escalate", reason: "needs an expert" });

    // The brief is a message Lev answers by replying to it.
    await lev.send("我是 L2 的专家，马上处理。", replyTo(lev, brief));
    expect((await chat.find("马上处理")).text.startsWith("Lev，客服：")).toBe(true);
  });

  it("a first-response breach moves the ticket on, briefs the new queue and tells the customer", async () => {
    await duty(digits, false);
    const amal = { id: 9103, first_name: "Amal", language_code: "ar" };
    const { number, receipt, chat } = await openInMiniApp(amal, "feature", "لا أستطيع تصدير التقرير");
    // Nobody on duty in L1: the receipt says so instead of promising minutes.
    expect(receipt.text).toContain("لا يوجد أحد من الفريق في المناوبة الآن");
    expect(receipt.text).not.toContain("الوقت المتوقع");
    await chat.send("والملف مهم جدًا لعملي");
    // Stored before the clock moves (updates are handled one after another, off the request).
    await expect.poll(() => t.db.prisma.ticketMessage.count({ where: { ticket: { number } } }), { timeout: 15_000 }).toBe(2);

    clock.advance(16 * 60_000); // L1 answers within 15 minutes
    await t.desk.jobs.sweepNow();
    const brief = await lev.find(`#${number} moved from L1 to L2 (first-response-breach)`);
    expect(brief.text).toContain("Amal: لا أستطيع تصدير التقرير");
    expect(brief.text).toContain("Amal: والملف مهم جدًا لعملي");
    await chat.find(`نقلنا الطلب #${number} إلى زملاء`);
    const ticket = await ticketByNumber(number);
    expect(ticket.queue.code).toBe("L2");
    expect(ticket.firstResponseBreachedAt).toBeNull(); // a fresh clock in L2
    expect(ticket.firstResponseDueAt.getTime()).toBeGreaterThan(clock.now().getTime() + 29 * 60_000);
  });

  it("an admin's move-queue rule goes the same way when the customer writes", async () => {
    await duty(digits, true);
    await admin.send('/rule_add custom-lawyer {"event":"customer-message","when":{"textContains":["lawyer"]},"then":{"action":"move-queue","queue":"L2"}}');
    await admin.find("Automation custom-lawyer is on.");
    const { number, chat } = await openInMiniApp({ id: 9110, first_name: "Rita", language_code: "en" }, "feature", "My invoice export is empty");
    await digits.find(`#${number}`);
    await chat.send("If this is not fixed today I will call my lawyer");
    await lev.find(`#${number} moved from L1 to L2 (custom-lawyer)`);
    await digits.find(`#${number} moved to L2; it is no longer yours`);
    await chat.find(`Ticket #${number} has been passed to colleagues`);
    expect((await ticketByNumber(number)).queue.code).toBe("L2");
    await admin.send("/rule_del custom-lawyer");
    await admin.find("Rule custom-lawyer deleted.");
  });
});

describe("VIP customers", () => {
  it("are marked by supervisors and admins (by @username, a list of ids, or a reply to a card), and jump to the VIP queue", async () => {
    await duty(digits, false);
    const aya = new ChatDriver(t.emulator!, 9104, "Aya", "ar");
    await aya.send("/help"); // the bot learns @user9104
    await aya.next();
    const { number } = await openInMiniApp({ id: 9104, first_name: "Aya", language_code: "ar", username: "user9104" }, "feature", "الطلب لم يصل");

    await anna.send("/vip @user9104");
    await anna.find("Only supervisors and admins can change VIP status.");
    await duty(vera, true);
    await vera.send("/vip @user9104");
    expect((await vera.find("⭐ VIP now: 1")).text).toContain("Aya (9104)");
    // Her waiting ticket moved to the VIP queue and its SLA; Vera (on duty there) has it.
    const moved = await ticketByNumber(number);
    expect(moved).toMatchObject({ vip: true, queueRank: 1, queue: { code: "VIP" }, assigneeId: (await staffRow(VERA)).id });
    await vera.find(`#${number} moved from L1 to VIP`);
    expect(moved.firstResponseDueAt.getTime() - clock.now().getTime()).toBeLessThanOrEqual(5 * 60_000);

    // Her next request goes to the VIP queue from the start, handed to a person ("vip").
    const next = await openInMiniApp({ id: 9104, first_name: "Aya", language_code: "ar", username: "user9104" }, "idea", "فكرة لتحسين التطبيق");
    expect(await ticketByNumber(next.number)).toMatchObject({ handoffReason: "vip", vip: true, queueRank: 1, queue: { code: "VIP" } });

    // In bulk, including someone who has never written: their first request is already VIP.
    await admin.send("/vip 9105, 9106 424242");
    expect((await admin.find("⭐ VIP now: 3")).text).toContain("424242");
    expect(await t.db.prisma.customer.count({ where: { telegramId: { in: [9105n, 9106n, 424242n] }, isVip: true } })).toBe(3);
    await admin.send("/unvip 424242");
    await admin.find("VIP removed: 1");

    // As a reply to the card of a waiting ticket.
    await vera.send("/staff"); // supervisors are not admins: refused, and nothing else happens
    await vera.find("Only admins");
    await admin.send(`/staff_set ${VERA} queues=VIP,L1`);
    await admin.find(/Vera is now supervisor in (VIP,L1|L1,VIP)/);
    const ben = await openInMiniApp({ id: 9107, first_name: "Ben", language_code: "en" }, "feature", "The app logs me out every hour");
    const card = await vera.find(`Assigned to you: #${ben.number}`);
    await vera.send("/vip", replyTo(vera, card));
    expect((await vera.find("⭐ VIP now: 1")).text).toContain("Ben (9107)");
    expect((await ticketByNumber(ben.number)).queue.code).toBe("VIP");

    const audit = await t.db.prisma.auditLog.findMany({ where: { action: { in: ["vip-on", "vip-off"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["vip-off", "vip-on", "vip-on", "vip-on", "vip-on", "vip-on"]);
    await vera.send("/vips");
    expect((await vera.find("⭐ VIP customers:")).text).toContain("Aya · 9104 @user9104");
    await duty(vera, false);
  }, 90_000);
});

describe("working hours and the place in line", () => {
  it("after hours, the receipt says when the answer will come and that the message is kept", async () => {
    const day = new Date(clock.now().getTime() + 2 * 86_400_000);
    const dayName = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][day.getUTCDay()]!;
    await admin.send(`/queue_set L2 hours=${dayName} 09:00-18:00`);
    await admin.find("Queue L2 saved.");
    const list = await admin.find("first answer 30 min");
    expect(list.text).toContain(`hours: ${dayName} 09:00-18:00 (UTC)`);

    const { number, receipt } = await openInMiniApp({ id: 9108, first_name: "Hana", language_code: "en" }, "account", "I cannot change my email");
    expect(receipt.text).toContain(`Our team is offline now (working hours: ${dayName} 09:00-18:00 (UTC))`);
    const when = new Intl.DateTimeFormat("en", {
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
      timeZone: "UTC",
    }).format(new Date(`${day.toISOString().slice(0, 10)}T09:00:00Z`));
    expect(receipt.text).toContain(`expect the answer after ${when}`);
    expect(receipt.text).toContain("Your message is saved");
    expect(receipt.text).not.toContain("ETA");
    expect((await ticketByNumber(number)).etaAt.getTime()).toBeGreaterThanOrEqual(new Date(`${day.toISOString().slice(0, 10)}T09:00:00Z`).getTime());

    await admin.send("/queue_set L2 hours=24/7");
    await admin.find("Queue L2 saved.");
    expect((await t.db.prisma.queue.findUniqueOrThrow({ where: { code: "L2" } })).workingHours).toBeNull();
  });

  it("with nobody free, the receipt gives the place in line; with nobody on duty, it says so", async () => {
    await duty(digits, false);
    await duty(anna, false);
    const first = await openInMiniApp({ id: 9111, first_name: "Ola", language_code: "en" }, "feature", "Charts do not load");
    const second = await openInMiniApp({ id: 9112, first_name: "Pia", language_code: "en" }, "feature", "Charts are empty");
    expect(first.receipt.text).toContain("Nobody from the team is on duty right now");
    const place = Number(/Your place in line: (\d+)/.exec(first.receipt.text)?.[1]);
    expect(place).toBeGreaterThanOrEqual(1);
    expect(second.receipt.text).toContain(`Your place in line: ${place + 1}`);

    // Someone on duty but with no room: minutes and the place, honestly.
    await admin.send(`/staff_set ${DIGITS} limit=0`);
    await admin.find("Mina is now agent in L1 (limit 0)");
    await duty(digits, true);
    const third = await openInMiniApp({ id: 9113, first_name: "Quin", language_code: "en" }, "feature", "Charts are slow");
    expect(third.receipt.text).toMatch(/ETA: about \d+ min/);
    expect(third.receipt.text).toContain(`Your place in line: ${place + 2}`);
    await admin.send(`/staff_set ${DIGITS} limit=5`);
    await admin.find("(limit 5)");
  });
});

describe("admin paths", () => {
  it("tells a staff member on duty in no queue how to get one, names the queue codes, and audits queue and macro changes", async () => {
    await admin.send("/duty on");
    const none = await admin.find("you're in no queue yet");
    expect(none.text).toContain(`/staff_set ${ADMIN} queues=L1`);
    expect(none.text).toContain("SECURITY, VIP, L1, L2, OVERFLOW");

    await admin.send(`/staff_set ${ANNA} queues=SEC`);
    expect((await admin.find("no queue SEC")).text).toContain("the queues are SECURITY, VIP, L1, L2, OVERFLOW");

    await admin.send("/queue_add NIGHT Night shift");
    await admin.find("Queue NIGHT saved.");
    await admin.send("/queue_set NIGHT first=20 hours=mon-fri 22:00-06:00");
    await admin.find("Queue NIGHT saved.");
    expect((await t.db.prisma.queue.findUniqueOrThrow({ where: { code: "NIGHT" } })).workingHours).toBe("mon-fri 22:00-06:00");
    await admin.send("/macro_add thanks-wait en Thank you for waiting, {name}!");
    await admin.find("Macro thanks-wait (en) saved.");
    await admin.send("/macro_del thanks-wait");
    await admin.find("Macro thanks-wait deleted.");
    const adminId = (await staffRow(ADMIN)).id;
    const actions = (await t.db.prisma.auditLog.findMany({ where: { staffId: adminId }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["queue-add", "queue-update", "macro-save", "macro-delete"]));
  });
});

describe("reminders and quiet hours", () => {
  it("holds a clarification reminder until the customer's quiet hours end", async () => {
    await duty(digits, true);
    // A time zone where it is 23:xx now, and so again a day later (Etc/GMT-N is UTC+N).
    let offset = (23 - clock.now().getUTCHours() + 24) % 24;
    if (offset > 12) offset -= 24;
    const timeZone = offset === 0 ? "Etc/UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
    const nora = { id: 9114, first_name: "Nora", language_code: "en" };
    const { number, chat } = await openInMiniApp(nora, "feature", "Reports come out empty at night");
    const settings = await t.desk.app.inject({
      method: "PATCH",
      url: "/api/me/settings",
      headers: { authorization: `tma ${signedInitData(nora)}` },
      payload: { timeZone, quietHoursStart: 22 * 60, quietHoursEnd: 8 * 60 },
    });
    expect(settings.statusCode).toBe(200);
    await digits.find(`#${number}`);
    await digits.send(`/ask ${number} Which report do you run?`);
    await chat.find("Which report do you run?"); // an agent's question is not held: the customer is waiting for it

    clock.advance(24 * 3_600_000 + 60_000); // the answer period is over, at 23:xx the next night
    await t.desk.jobs.sweepNow();
    const reminder = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: 9114n, payload: { path: ["text"], string_contains: "A reminder" } } });
    expect(reminder.sentAt).toBeNull();
    const hoursLeft = (reminder.notBefore.getTime() - clock.now().getTime()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThanOrEqual(7.9); // 08:00 local, eight to nine hours away
    expect(hoursLeft).toBeLessThanOrEqual(9);
    expect(chat.pending().some((m) => m.text.includes("A reminder"))).toBe(false);
  }, 90_000); // a day's jump wakes every clock of the file's tickets at once
});

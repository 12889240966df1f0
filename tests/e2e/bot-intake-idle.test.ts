import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/domain/shared/clock.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// Customers who leave the intake half-way: what they said reaches a person, and a customer who
// comes back the next day starts afresh instead of landing in yesterday's question.

/** Real time, moved forward by hand: the outbox keeps delivering while the test jumps hours ahead. */
class ShiftedClock implements Clock {
  private offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}

let t: TestDesk;
const clock = new ShiftedClock();
beforeAll(async () => {
  t = await startTestDesk({ clock, env: { INTAKE_IDLE_MINUTES: "60" } });
});
afterAll(async () => {
  await t?.stop();
});

const ticketsOf = (id: number) =>
  t.db.prisma.ticket.findMany({ where: { customer: { telegramId: BigInt(id) } }, include: { messages: true, events: true }, orderBy: { id: "asc" } });

async function consented(id: number, name: string) {
  const chat = new ChatDriver(t.emulator!, id, name);
  await chat.send("/start");
  await chat.expect("we store this conversation");
  await chat.tap("Agree and continue");
  await chat.expect("What is it about?");
  return chat;
}

describe("intakes left half-way", () => {
  it("files what customers said as tickets, tells them, and lets go of those who said nothing", async () => {
    // Five customers who wrote two messages the rules could not place, and one who said nothing.
    const wanderers = [];
    for (let i = 0; i < 5; i++) {
      const c = await consented(3100 + i, `W${i}`);
      await c.send(`hello there ${i}`);
      await c.expect("Which of these is it closest to?");
      await c.send("hmm");
      await c.expect("I still can't tell");
      wanderers.push(c);
    }
    const silent = await consented(3199, "Quiet");
    expect(await t.db.prisma.intakeSession.count()).toBe(6);

    clock.advance(61 * 60_000);
    await t.desk.jobs.sweepNow();

    for (const [i, c] of wanderers.entries()) {
      const receipt = await c.find("We didn't finish our conversation");
      expect(receipt.text).toMatch(/Ticket #\d{5} created/);
      const [ticket] = await ticketsOf(3100 + i);
      expect(ticket!.messages[0]!.text).toBe(`hello there ${i}\n\nhmm`);
      expect(ticket!.events[0]!.data).toMatchObject({ unfinished: true });
    }
    expect(await ticketsOf(3199)).toHaveLength(0);
    expect(await t.db.prisma.intakeSession.count()).toBe(0);
    expect(silent.pending()).toEqual([]);
  });

  it("starts afresh for a customer who comes back a day later", async () => {
    const c = await consented(3200, "Later");
    await c.tap("Payment");
    await c.expect("What happened with the payment?");
    clock.advance(24 * 3_600_000);
    // No sweep ran in between (say the job was down): the message itself notices the old flow is over.
    await c.send("/help");
    await c.expect("Just write your question here");
    expect(c.pending().filter((m) => m.text.includes("isn't filed yet"))).toEqual([]);
    await c.send("The app crashes when I open settings");
    const next = await c.find(/Topic: |What is it about|Which of these/);
    expect(next.text).not.toContain("When did you pay");
    expect(await ticketsOf(3200)).toHaveLength(0);
  });
});

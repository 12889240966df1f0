import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffRole } from "../../src/db/generated/client.js";
import { can, type Permission } from "../../src/domain/staff/permissions.js";
import { STAFF_ROLES } from "../../src/domain/staff/staff.js";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// The bot and the API ask the same permission table: for every role, a command in the bot and
// the matching API route are both allowed or both refused, and the table says which. Before the
// table was the only source, supervisors could edit articles from the bot but not from the API.

let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk();
});
afterAll(async () => {
  await t?.stop();
});

interface Door {
  permission: Permission;
  command: string;
  /** What the bot says to someone whose role lacks the permission. */
  refusal: string;
  route: string;
}

const DOORS: Door[] = [
  { permission: "kb.edit", command: "/kb_misses", refusal: "Only knowledge-base editors", route: "/api/kb/insights" },
  { permission: "quality.review", command: "/qa", refusal: "Quality review is for", route: "/api/staff/quality/reviews" },
  { permission: "experiments.manage", command: "/experiments", refusal: "Experiments are for", route: "/api/staff/experiments" },
];

const telegramIdOf = (role: StaffRole) => 9500 + STAFF_ROLES.indexOf(role);

async function botAllows(chat: ChatDriver, door: Door): Promise<boolean> {
  await chat.send(door.command);
  const [answer] = await chat.next();
  return !answer!.text.includes(door.refusal);
}

async function apiAllows(role: StaffRole, door: Door): Promise<boolean> {
  const id = telegramIdOf(role);
  const res = await t.desk.app.inject({ url: door.route, headers: { authorization: `tma ${signedInitData({ id, first_name: role, language_code: "en" })}` } });
  expect([200, 403]).toContain(res.statusCode);
  return res.statusCode === 200;
}

describe("one permission table for the bot and the API", () => {
  it("gives every role the same answer in the bot and in the API, the table's", async () => {
    for (const role of STAFF_ROLES) {
      await t.db.prisma.staffMember.create({ data: { telegramId: BigInt(telegramIdOf(role)), displayName: `Pat ${role}`, role, languageCode: "en" } });
    }
    const answers: string[] = [];
    for (const role of STAFF_ROLES) {
      const chat = new ChatDriver(t.emulator!, telegramIdOf(role), "Pat");
      for (const door of DOORS) {
        const table = can({ role }, door.permission);
        answers.push(`${role} ${door.permission}: table ${table}, bot ${await botAllows(chat, door)}, api ${await apiAllows(role, door)}`);
      }
    }
    const expected = STAFF_ROLES.flatMap((role) =>
      DOORS.map((door) => {
        const table = can({ role }, door.permission);
        return `${role} ${door.permission}: table ${table}, bot ${table}, api ${table}`;
      }),
    );
    expect(answers).toEqual(expected);
  });

  it("lets supervisors edit articles from the bot and from the API alike", async () => {
    const sueRow = await t.db.prisma.staffMember.create({ data: { telegramId: 9520n, displayName: "Sue", role: "supervisor", languageCode: "en" } });
    const sue = new ChatDriver(t.emulator!, 9520, "Sue");
    await sue.send("/kb_edit use-search en Find things fast | Type a word in the search box.");
    await sue.expect("Article use-search (en) saved.");
    const article = await t.db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: "use-search" }, include: { translations: true } });
    expect(article.translations.find((tr) => tr.lang === "en")?.title).toBe("Find things fast");

    const headers = { authorization: `tma ${signedInitData({ id: 9520, first_name: "Sue", language_code: "en" })}` };
    const res = await t.desk.app.inject({
      method: "PATCH",
      url: `/api/kb/articles/${article.id}`,
      headers,
      payload: { translations: { en: { title: "Find anything fast", body: "Type a word in the search box.", keywords: [] } } },
    });
    expect(res.statusCode).toBe(200);
    const edits = await t.db.prisma.auditLog.count({ where: { staffId: sueRow.id, action: "kb-article-updated" } });
    expect(edits).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { normalizeText, unsafeTextReason } from "../../src/domain/text/normalize.js";
import { emojiAtEveryCut, nastyText, seededRng, type Rng } from "../helpers/fuzz.js";

// Junk at the API: every answer is below 500, and every refusal says why.

let t: TestDesk;
const USER = { id: 880_001, first_name: "Fuzz", language_code: "en" };
let auth: string;

beforeAll(async () => {
  t = await startTestDesk();
  auth = `tma ${signedInitData(USER)}`;
  // Signed in once and agreed to storage, so that ticket routes get past consent to the values.
  expect((await t.desk.app.inject({ url: "/api/me", headers: { authorization: auth } })).statusCode).toBe(200);
  await t.db.prisma.customer.update({ where: { telegramId: BigInt(USER.id) }, data: { consentAt: new Date() } });
});
afterAll(async () => {
  await t?.stop();
});

interface Req {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

async function send(r: Req) {
  const res = await t.desk.app.inject({ method: r.method, url: r.url, headers: r.headers ?? {}, ...(r.payload !== undefined ? { payload: r.payload } : {}) });
  return { status: res.statusCode, body: res.body, headers: res.headers, json: () => res.json() as { error?: string; reason?: string } };
}

function expectRefusedWithReason(res: Awaited<ReturnType<typeof send>>, label: string) {
  expect(res.status, `${label}: ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${label}: ${res.body}`).toBeLessThan(500);
  const body = res.json();
  expect(typeof body.reason === "string" && body.reason.length > 0, `${label}: no reason in ${res.body}`).toBe(true);
}

function multipart(parts: string, boundary = "----fuzz"): Req["headers"] & object {
  void parts;
  return { authorization: auth, "content-type": `multipart/form-data; boundary=${boundary}` };
}

describe("the API never answers 500 to junk", () => {
  it("refuses the known offenders with 400 and a reason", async () => {
    const ticket = await send({
      method: "POST",
      url: "/api/tickets",
      headers: { authorization: auth, "content-type": "application/json" },
      payload: JSON.stringify({ topic: "payment", description: "My card was charged twice for order 4411" }),
    });
    expect(ticket.status).toBe(201);
    const number = (ticket.json() as unknown as { ticket: { number: number } }).ticket.number;
    const cases: Array<[string, Req, number[]]> = [
      ["NUL in a public query", { method: "GET", url: "/api/kb/search?q=a%00b" }, [400]],
      ["NUL in a category", { method: "GET", url: "/api/kb/articles?category=a%00b" }, [400]],
      ["NUL in a slug", { method: "GET", url: "/api/kb/articles/a%00b" }, [400]],
      ["a lone surrogate in a query", { method: "GET", url: "/api/kb/search?q=%ED%A0%80" }, [200, 400]],
      ["an id beyond int4", { method: "GET", url: "/api/files/99999999999999/0", headers: { authorization: auth } }, [400, 404]],
      ["an 'after' beyond int4", { method: "GET", url: `/api/tickets/${number}/messages?after=99999999999999`, headers: { authorization: auth } }, [400]],
      [
        "NUL in a description",
        {
          method: "POST",
          url: "/api/tickets",
          headers: { authorization: auth, "content-type": "application/json" },
          payload: JSON.stringify({ topic: "other", description: "help me please\u0000 now" }),
        },
        [400],
      ],
      [
        "a lone surrogate in JSON",
        {
          method: "POST",
          url: `/api/tickets/${number}/messages`,
          headers: { authorization: auth, "content-type": "application/json" },
          payload: '{"text":"hello \\ud800 there"}',
        },
        [400],
      ],
      [
        "NUL in a message",
        {
          method: "POST",
          url: `/api/tickets/${number}/messages`,
          headers: { authorization: auth, "content-type": "application/json" },
          payload: '{"text":"a\\u0000b"}',
        },
        [400],
      ],
      [
        "zero-width spaces only",
        {
          method: "POST",
          url: "/api/tickets",
          headers: { authorization: auth, "content-type": "application/json" },
          payload: JSON.stringify({ topic: "other", description: "\u200b".repeat(30) }),
        },
        [400],
      ],
      [
        "multipart without a boundary",
        {
          method: "POST",
          url: `/api/tickets/${number}/attachments`,
          headers: { authorization: auth, "content-type": "multipart/form-data" },
          payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhi\r\n--x--\r\n',
        },
        [400],
      ],
      [
        "a truncated multipart body",
        {
          method: "POST",
          url: `/api/tickets/${number}/attachments`,
          headers: multipart(""),
          payload: '------fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello wor',
        },
        [400],
      ],
      [
        "NUL in a file name",
        {
          method: "POST",
          url: `/api/tickets/${number}/attachments`,
          headers: multipart(""),
          payload:
            '------fuzz\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n------fuzz--\r\n',
        },
        [400],
      ],
      [
        "broken JSON",
        {
          method: "POST",
          url: "/api/tickets",
          headers: { authorization: auth, "content-type": "application/json" },
          payload: '{"topic": "other", "description": ',
        },
        [400],
      ],
    ];
    for (const [label, req, allowed] of cases) {
      const res = await send(req);
      expect(allowed, `${label}: ${res.status} ${res.body}`).toContain(res.status);
      if (res.status >= 400) expectRefusedWithReason(res, label);
    }
  });

  it("opens a ticket whose first line has an emoji across the subject's cut", async () => {
    for (const offset of [77, 78, 79, 80]) {
      const description = `${"a".repeat(offset)}👨‍👩‍👧‍👦 and the rest of the line\nsecond line`;
      const res = await send({
        method: "POST",
        url: "/api/tickets",
        headers: { authorization: auth, "content-type": "application/json" },
        payload: JSON.stringify({ topic: "other", description }),
      });
      expect(res.status, res.body).toBe(201);
      const subject = (res.json() as unknown as { ticket: { subject: string } }).ticket.subject;
      expect(subject.length).toBeLessThanOrEqual(80);
      expect(unsafeTextReason(subject)).toBeNull();
      expect(subject.endsWith("…")).toBe(true);
    }
  });

  it("a seeded fuzz of 240 requests: never a 5xx, every 4xx with a reason", async () => {
    const rng = seededRng();
    const seedNote = `FUZZ_SEED=${rng.seed}`;
    console.info(`api fuzz: ${seedNote}`);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 240; i++) {
      const req = randomRequest(rng);
      const res = await send(req);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const label = `${seedNote} request ${i}: ${req.method} ${req.url} ${String(req.payload ?? "").slice(0, 200)}`;
      // 502 is Telegram's answer passed on (the emulator takes no uploads), not the desk failing.
      const upstream = res.status === 502 && ["telegram_refused", "file_unavailable"].includes(res.json().error ?? "");
      if (!upstream) expect(res.status, `${label} -> ${res.body}`).toBeLessThan(500);
      if (upstream) expect(res.json().reason, `${label}: no reason in ${res.body}`).toBeTruthy();
      else if (res.status >= 400 && res.status !== 404) expectRefusedWithReason(res, label);
      if (res.status === 404 && String(res.headers["content-type"]).includes("json")) expectRefusedWithReason(res, label);
    }
    // The fuzz reached the handlers, not only the validators.
    expect(
      [...statuses.keys()].some((s) => s < 300),
      `${seedNote} ${JSON.stringify([...statuses])}`,
    ).toBe(true);
    expect(
      [...statuses.keys()].some((s) => s >= 400),
      `${seedNote} ${JSON.stringify([...statuses])}`,
    ).toBe(true);
  });
});

function junkValue(rng: Rng): unknown {
  switch (rng.int(12)) {
    case 0:
      return nastyText(rng);
    case 1:
      return rng.pick([0, -1, 1.5, 2 ** 31, 2 ** 53, 1e308, -0, 99999999999999]);
    case 2:
      return rng.pick([null, true, false]);
    case 3:
      return [nastyText(rng), 1, null];
    case 4:
      return { nested: { deeper: nastyText(rng) } };
    case 5:
      return emojiAtEveryCut(rng.pick([79, 80, 199, 200, 201, 4000, 4001, 4096, 20_001]), rng.pick([79, 80, 200]));
    case 6:
      return "x".repeat(rng.pick([0, 1, 9, 10, 4000, 4001, 100_000]));
    case 7:
      return rng.pick(["payment", "account", "other", "PAYMENT", ""]);
    default:
      return `Order ${rng.int(100_000)} ${nastyText(rng, 2)}`;
  }
}

/** Percent-encodes like a browser, but sends an unpaired surrogate as its raw (invalid) UTF-8 bytes. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(normalizeText(s)).replaceAll("%EF%BF%BD", "%ED%A0%80");
  }
}

function junkParam(rng: Rng): string {
  return enc(String(rng.pick(["1", "0", "-1", "1.5", "abc", "99999999999999", "2147483648", "1e3", "NaN", "%00", "\u0000", "\ud800", "😀"]))).replace(
    "%25",
    rng.chance(0.5) ? "%" : "%25",
  );
}

function randomAuth(rng: Rng): Record<string, string> {
  switch (rng.int(6)) {
    case 0:
      return {};
    case 1:
      return { authorization: `tma ${nastyText(rng)}`.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?") };
    case 2:
      return {
        authorization: `tma ${signedInitData({ id: 880_002 + rng.int(3), first_name: nastyText(rng), language_code: rng.pick(["en", "ru", "xx", "\u0000"]) })}`,
      };
    case 3:
      return { authorization: `tma ${signedInitData({ id: 880_010, first_name: "Old" }, new Date(Date.now() - 10 * 86_400_000))}` };
    default:
      return { authorization: auth };
  }
}

function randomBody(rng: Rng, shape: Record<string, () => unknown>): string {
  switch (rng.int(8)) {
    case 0:
      return rng.pick(["{", "[]", "null", '"\\ud800"', '{"a":"\\u0000"}', "", "{}", '{"__proto__":{"x":1}}', "1e999", '{"text":"\\udc00"}']);
    case 1:
      return JSON.stringify(junkValue(rng));
    default: {
      const body: Record<string, unknown> = {};
      for (const [k, make] of Object.entries(shape)) body[k] = rng.chance(0.7) ? make() : junkValue(rng);
      if (rng.chance(0.2)) body[rng.pick(["extra", "\u0000key", "constructor"])] = junkValue(rng);
      return JSON.stringify(body);
    }
  }
}

function randomMultipart(rng: Rng): { headers: Record<string, string>; payload: string } {
  const boundary = "----b" + rng.int(1000);
  const name = rng.pick(["a.txt", "a\u0000.txt", "😀.png", "\u202egpj.exe", "", "x".repeat(300), "report.pdf"]);
  const type = rng.pick(["text/plain", "image/png", "application/x-evil", ""]);
  const body = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="${rng.pick(["file", "caption", "other"])}"; filename="${name}"`,
    ...(type ? [`Content-Type: ${type}`] : []),
    "",
    rng.pick(["hello", "", "\u0000\u0001", "x".repeat(2000)]),
    rng.chance(0.6) ? `--${boundary}--` : "",
    "",
  ].join("\r\n");
  const contentType = rng.pick([
    `multipart/form-data; boundary=${boundary}`,
    "multipart/form-data",
    `multipart/form-data; boundary=other`,
    "text/plain",
    "application/json",
  ]);
  return { headers: { "content-type": contentType }, payload: rng.chance(0.2) ? body.slice(0, rng.int(body.length)) : body };
}

function randomRequest(rng: Rng): Req {
  const headers = randomAuth(rng);
  const json = {
    ...headers,
    "content-type": rng.chance(0.9) ? "application/json" : rng.pick(["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"]),
  };
  const n = () => (rng.chance(0.7) ? "10001" : junkParam(rng));
  switch (rng.int(16)) {
    case 0:
      return {
        method: "GET",
        url: `/api/kb/search?q=${enc(String(junkValue(rng))).slice(0, 3000)}${rng.chance(0.3) ? `&lang=${junkParam(rng)}` : ""}`,
        headers,
      };
    case 1:
      return { method: "GET", url: `/api/kb/articles?category=${junkParam(rng)}&popular=${rng.pick(["1", "x", ""])}`, headers };
    case 2:
      return { method: "GET", url: `/api/kb/articles/${junkParam(rng)}`, headers };
    case 3:
      return { method: "POST", url: `/api/kb/articles/${n()}/vote`, headers: json, payload: randomBody(rng, { helpful: () => rng.chance(0.5) }) };
    case 4:
      return { method: "GET", url: `/api/tickets?filter=${rng.pick(["open", "all", "x", "%00"])}`, headers };
    case 5:
      return { method: "GET", url: `/api/tickets/${n()}`, headers };
    case 6:
      return { method: "GET", url: `/api/tickets/${n()}/messages?after=${junkParam(rng)}`, headers };
    case 7:
    case 8:
      return {
        method: "POST",
        url: "/api/tickets",
        headers: json,
        payload: randomBody(rng, { topic: () => rng.pick(["payment", "other", "idea"]), description: () => `${nastyText(rng)} my payment failed twice` }),
      };
    case 9:
      return { method: "POST", url: `/api/tickets/${n()}/messages`, headers: json, payload: randomBody(rng, { text: () => nastyText(rng) }) };
    case 10:
      return { method: "POST", url: `/api/tickets/${n()}/rating`, headers: json, payload: randomBody(rng, { csat: () => rng.int(7) }) };
    case 11:
      return {
        method: "PATCH",
        url: "/api/me/settings",
        headers: json,
        payload: randomBody(rng, {
          timeZone: () => rng.pick(["Europe/Berlin", "Mars/Olympus", "\u0000", "UTC"]),
          languageCode: () => rng.pick(["en", "ru", "xx"]),
          quietHoursStart: () => rng.int(2000) - 100,
        }),
      };
    case 12:
      return { method: "GET", url: `/api/files/${junkParam(rng)}/${junkParam(rng)}`, headers };
    case 13: {
      const m = randomMultipart(rng);
      return { method: "POST", url: `/api/tickets/${n()}/attachments`, headers: { ...headers, ...m.headers }, payload: m.payload };
    }
    case 14:
      return {
        method: "POST",
        url: "/api/kb/articles",
        headers: json,
        payload: randomBody(rng, { slug: () => rng.pick(["ok-slug", "Bad Slug", "\u0000"]), category: () => nastyText(rng), tags: () => [nastyText(rng)] }),
      };
    default:
      return {
        method: rng.pick(["GET", "POST", "PATCH", "DELETE"] as const),
        url: `/api/${rng.pick(["me", "tickets", "kb/insights?days=" + junkParam(rng), "nothing", "me/export"])}`,
        headers: json,
        payload: randomBody(rng, { confirm: () => rng.pick(["DELETE", "no"]) }),
      };
  }
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES } from "../../src/api/contracts.js";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";

const TOKEN = "123456789:TEST-token-for-the-fake-api-0123456789";
const ANN = { id: 6001, first_name: "Ann", language_code: "en" };
const BOB = { id: 6002, first_name: "Bob", language_code: "en" };
// The smallest valid PNG: 1x1 pixel.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

let api: Awaited<ReturnType<typeof startFakeBotApi>>;
let t: TestDesk;
beforeAll(async () => {
  api = await startFakeBotApi();
  t = await startTestDesk({
    bot: false,
    env: { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, BOT_MODE: "webhook", PUBLIC_URL: "https://desk.example.test" },
  });
});
afterAll(async () => {
  await t?.stop();
  await api?.close();
});

const auth = (u: typeof ANN) => ({ authorization: `tma ${signedInitData(u, new Date(), TOKEN)}` });

async function openTicketFor(user: typeof ANN): Promise<number> {
  expect((await t.desk.app.inject({ method: "PATCH", url: "/api/me/settings", headers: auth(user), payload: { consent: true } })).statusCode).toBe(200);
  const created = await t.desk.app.inject({
    method: "POST",
    url: "/api/tickets",
    headers: auth(user),
    payload: { topic: "account", description: "The settings page shows an error after login" },
  });
  expect(created.statusCode).toBe(201);
  return created.json().ticket.number as number;
}

/** A multipart body as a browser's FormData would send it. */
async function multipart(parts: Record<string, string | { data: Buffer; name: string; type: string }>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(parts)) {
    if (typeof value === "string") form.set(key, value);
    else form.set(key, new Blob([value.data], { type: value.type }), value.name);
  }
  const request = new Request("http://local.invalid/", { method: "POST", body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

async function upload(user: typeof ANN, number: number, parts: Parameters<typeof multipart>[0]) {
  const body = await multipart(parts);
  return t.desk.app.inject({
    method: "POST",
    url: `/api/tickets/${number}/attachments`,
    headers: { ...auth(user), "content-type": body.contentType },
    payload: body.payload,
  });
}

const uploads = () => api.calls.filter((c) => c.method === "sendPhoto" || c.method === "sendDocument");

describe("Mini App API: attachments", () => {
  let annTicket: number;
  beforeAll(async () => {
    annTicket = await openTicketFor(ANN);
  });

  it("sends an image to the customer's own chat and stores Telegram's largest photo on the ticket", async () => {
    const res = await upload(ANN, annTicket, { file: { data: PNG, name: "screen.png", type: "image/png" }, caption: "The error" });
    expect(res.statusCode, res.body).toBe(201);
    const message = res.json();
    expect(message).toMatchObject({ author: "customer", text: "The error", attachments: [{ kind: "photo", name: "screen.png" }] });
    expect(message.attachments[0].url).toBe(`/api/files/${message.id}/0`);

    const sent = uploads();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe("sendPhoto");
    expect(sent[0]!.multipart).toBe(true);
    expect(sent[0]!.body.chat_id).toBe(String(ANN.id));
    expect(String(sent[0]!.body.caption)).toContain(`Added to ticket #${annTicket}`);
    expect(sent[0]!.body.photo).toMatchObject({ name: "screen.png", type: "image/png", size: PNG.length });

    const stored = await t.db.prisma.ticketMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored.attachments).toEqual([
      { kind: "photo", fileId: expect.stringMatching(/-x$/), fileUniqueId: expect.any(String), fileName: "screen.png", mimeType: "image/png" },
    ]);

    // The conversation shows it too.
    const detail = (await t.desk.app.inject({ method: "GET", url: `/api/tickets/${annTicket}`, headers: auth(ANN) })).json();
    expect(detail.messages.at(-1)).toMatchObject({ id: message.id, attachments: [{ kind: "photo" }] });
  });

  it("sends documents as documents", async () => {
    const res = await upload(ANN, annTicket, { file: { data: Buffer.from("%PDF-1.4\n%test\n"), name: "invoice.pdf", type: "application/pdf" } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ text: "", attachments: [{ kind: "document", name: "invoice.pdf" }] });
    expect(uploads().at(-1)).toMatchObject({ method: "sendDocument", body: { chat_id: String(ANN.id), document: { name: "invoice.pdf" } } });
  });

  it("never adds files to another customer's ticket", async () => {
    const before = uploads().length;
    const res = await upload(BOB, annTicket, { file: { data: PNG, name: "x.png", type: "image/png" } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe("not_found");
    expect(uploads()).toHaveLength(before);
  });

  it("refuses files that are too large, of other types, or missing", async () => {
    const before = uploads().length;
    const big = await upload(ANN, annTicket, { file: { data: Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 1), name: "big.png", type: "image/png" } });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: "file_too_large", reason: expect.any(String) });

    const exe = await upload(ANN, annTicket, { file: { data: Buffer.from("MZ"), name: "setup.exe", type: "application/x-msdownload" } });
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ error: "unsupported_type", reason: expect.any(String) });

    const none = await upload(ANN, annTicket, { caption: "no file here" });
    expect(none.statusCode).toBe(400);
    const wrongField = await upload(ANN, annTicket, { photo: { data: PNG, name: "a.png", type: "image/png" } });
    expect(wrongField.statusCode).toBe(400);
    const notMultipart = await t.desk.app.inject({ method: "POST", url: `/api/tickets/${annTicket}/attachments`, headers: auth(ANN), payload: { file: "x" } });
    expect(notMultipart.statusCode).toBe(400);

    expect(uploads()).toHaveLength(before);
  });

  it("answers 502 when Telegram refuses the file", async () => {
    const failing = await startFakeBotApi({ fail: (c) => (c.method === "sendPhoto" ? { code: 400, description: "Bad Request: IMAGE_PROCESS_FAILED" } : null) });
    const root = t.desk.config.TELEGRAM_API_ROOT;
    (t.desk.config as { TELEGRAM_API_ROOT: string }).TELEGRAM_API_ROOT = failing.url;
    try {
      const count = await t.db.prisma.ticketMessage.count();
      const res = await upload(ANN, annTicket, { file: { data: PNG, name: "screen.png", type: "image/png" } });
      expect(res.statusCode).toBe(502);
      expect(res.json().reason).toContain("IMAGE_PROCESS_FAILED");
      expect(await t.db.prisma.ticketMessage.count()).toBe(count);
    } finally {
      (t.desk.config as { TELEGRAM_API_ROOT: string }).TELEGRAM_API_ROOT = root;
      await failing.close();
    }
  });
});

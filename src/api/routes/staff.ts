import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { StaffMember } from "../../db/generated/client.js";
import { BoardFeed, liveBoard, type Board } from "../../domain/analytics/board.js";
import { boardCsv, handoffCsv, heatmapCsv, numbersCsv } from "../../domain/analytics/csv.js";
import { deskNumbers, periodOf, type Split } from "../../domain/analytics/metrics.js";
import { requirePermission, type Permission } from "../../domain/staff/permissions.js";
import { identityOf, moveTicketFromBoard, reassignTicket, staffByTelegramId } from "../../domain/staff/desk.js";
import { ForbiddenError } from "../../domain/shared/errors.js";
import { errorBody, ticketParams } from "../contracts.js";
import type { ApiDeps } from "../deps.js";
import { actionDone, assignBody, boardView, csvQuery, moveBody, numbersQueryView, numbersView, staffMeView } from "../staff-contracts.js";

/** The staff member behind the request's verified Telegram user, holding `permission`; 403 otherwise. */
export async function signedInStaff(deps: ApiDeps, request: FastifyRequest, permission?: Permission): Promise<StaffMember> {
  const tg = request.telegramUser;
  if (!tg) throw new Error("route is missing onRequest: app.requireTelegramUser");
  const staff = await staffByTelegramId(deps.sql, tg.id);
  if (!staff) throw new ForbiddenError("These pages are for the support team");
  if (permission) requirePermission(staff, permission);
  return staff;
}

const CSV_PERMISSION: Record<string, Permission> = {
  numbers: "numbers.view",
  heatmap: "numbers.view",
  handoff: "numbers.view",
  agents: "agents.view",
  "board-queues": "board.view",
  "board-agents": "board.view",
  "board-tickets": "board.view",
};

/** The manager's side of the Mini App: the live board, the numbers, each agent's figures, CSV. */
export async function staffRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { onRequest: app.requireTelegramUser };
  const tags = ["staff"];
  const refused = { 400: errorBody, 401: errorBody, 403: errorBody };
  const board = () => liveBoard(deps.sql, deps.clock.now());
  const feed = new BoardFeed(board, 2_000, (err) => app.log.error({ err }, "live board read failed"));
  app.addHook("onClose", async () => feed.close());
  const numbersFor = (
    q: { period: "today" | "7d" | "30d" | "custom"; from?: string | undefined; to?: string | undefined },
    split: Split,
    withCommunity = false,
  ) => deskNumbers(deps.sql, periodOf(q, deps.clock.now()), split, deps.config.DESK_TIME_ZONE, withCommunity ? { db: deps.db } : {});

  r.get(
    "/api/staff/me",
    { ...auth, schema: { tags, summary: "The signed-in staff member and what their role allows", response: { 200: staffMeView, ...refused } } },
    async (request) => identityOf(await signedInStaff(deps, request)),
  );

  r.get(
    "/api/staff/board",
    { ...auth, schema: { tags, summary: "The live board: queues, waits, breaches, agents on duty", response: { 200: boardView, ...refused } } },
    async (request) => {
      await signedInStaff(deps, request, "board.view");
      return board();
    },
  );

  // Server-sent events: the board again each time it changes. Read with fetch (EventSource cannot
  // send the Authorization header).
  r.get(
    "/api/staff/board/events",
    { ...auth, schema: { tags, summary: "The live board as server-sent events (event: board)", response: refused } },
    async (request, reply) => {
      await signedInStaff(deps, request, "board.view");
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(": open\n\n");
      const send = (b: Board) => res.write(`event: board\ndata: ${JSON.stringify(b)}\n\n`);
      const unsubscribe = feed.subscribe(send);
      // A comment now and then keeps proxies from closing a quiet stream.
      const ping = setInterval(() => res.write(": ping\n\n"), 25_000);
      const end = () => {
        clearInterval(ping);
        unsubscribe();
      };
      request.raw.on("close", end);
      res.on("error", end);
    },
  );

  r.get(
    "/api/staff/numbers",
    {
      ...auth,
      schema: {
        tags,
        summary: "The numbers of a period, split by queue, topic, language, agent or channel",
        querystring: numbersQueryView,
        response: { 200: numbersView, ...refused },
      },
    },
    async (request) => {
      await signedInStaff(deps, request, "numbers.view");
      return numbersFor(request.query, request.query.split, true);
    },
  );

  r.get(
    "/api/staff/agents",
    {
      ...auth,
      schema: {
        tags,
        summary: "Each agent's handled tickets, FRT, CSAT and reopen rate",
        querystring: numbersQueryView,
        response: { 200: numbersView, ...refused },
      },
    },
    async (request) => {
      await signedInStaff(deps, request, "agents.view");
      return numbersFor(request.query, "agent");
    },
  );

  r.get(
    "/api/staff/export.csv",
    { ...auth, schema: { tags, summary: "Any staff table as CSV (403 without the table's permission)", querystring: csvQuery } },
    async (request, reply) => {
      const q = request.query;
      await signedInStaff(deps, request, CSV_PERMISSION[q.table]!);
      let body: string;
      if (q.table.startsWith("board-")) body = boardCsv(await board(), q.table as "board-queues");
      else {
        const n = await numbersFor(q, q.table === "agents" ? "agent" : q.split);
        body = q.table === "heatmap" ? heatmapCsv(n) : q.table === "handoff" ? handoffCsv(n) : numbersCsv(n);
      }
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${q.table}-${q.period}.csv"`)
        .send(body);
    },
  );

  r.post(
    "/api/staff/tickets/:number/assign",
    {
      ...auth,
      schema: {
        tags,
        summary: "Hand a ticket to an agent (supervisors)",
        params: ticketParams,
        body: assignBody,
        response: { 200: actionDone, 404: errorBody, 409: errorBody, ...refused },
      },
    },
    async (request) => {
      const actor = await signedInStaff(deps, request, "tickets.reassign");
      const t = await reassignTicket(deps, actor, request.params.number, request.body.agentId);
      return { number: t.number, assigneeId: t.assigneeId };
    },
  );

  r.post(
    "/api/staff/tickets/:number/move",
    {
      ...auth,
      schema: {
        tags,
        summary: "Move a ticket to another queue (supervisors)",
        params: ticketParams,
        body: moveBody,
        response: { 200: actionDone, 404: errorBody, 409: errorBody, ...refused },
      },
    },
    async (request) => {
      const actor = await signedInStaff(deps, request, "tickets.reassign");
      const t = await moveTicketFromBoard(deps, actor, request.params.number, request.body.queue, request.body.reason);
      return { number: t.number, queue: request.body.queue.toUpperCase(), assigneeId: t.assigneeId };
    },
  );
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Ticket, TicketMessage } from "../../db/generated/client.js";
import { classify } from "../../domain/classification/classify.js";
import { rateTicket } from "../../domain/feedback/ratings.js";
import { customerMessagesAfter, customerTicketList, customerTicketPage, type CustomerTicketPage } from "../../domain/tickets/customer-pages.js";
import { findOwnTicket, queueCodeOf, visibleMessages } from "../../domain/tickets/customer-views.js";
import { customerWritesToTicket, openTicket } from "../../domain/tickets/tickets.js";
import { OPEN_STATUSES, type Attachment } from "../../domain/tickets/types.js";
import {
  createdTicket,
  errorBody,
  messageList,
  messagesQuery,
  messageView,
  newMessage,
  newTicket,
  ratingBody,
  ticketDetail,
  ticketList,
  ticketListQuery,
  ticketParams,
  ticketSummary,
} from "../contracts.js";
import type { ApiDeps } from "../deps.js";
import { signedInCustomer, signedInTelegramId } from "../signed-in-customer.js";

type Summary = z.infer<typeof ticketSummary>;

/** What a ticket view shows of a ticket: a stored ticket or a row of the customer's pages. */
type SummaryFields = Pick<Ticket, "number" | "subject" | "topic" | "status" | "createdAt" | "updatedAt" | "firstResponseDueAt" | "resolutionDueAt"> & {
  priority: string;
  queue: { code: string };
};

export function summaryView(t: SummaryFields, etaMinutes: number | null, unread: number): Summary {
  return {
    number: t.number,
    subject: t.subject,
    topic: t.topic as Summary["topic"],
    status: t.status,
    priority: t.priority,
    queue: t.queue.code,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    etaMinutes,
    firstResponseDueAt: t.firstResponseDueAt.toISOString(),
    resolutionDueAt: t.resolutionDueAt?.toISOString() ?? null,
    unread,
  };
}

type MessageFields = Pick<TicketMessage, "id" | "author" | "text" | "createdAt" | "editedAt"> & {
  attachments: TicketMessage["attachments"] | Attachment[];
  staff: { displayName: string } | null;
};

export function messageViewOf(m: MessageFields): z.infer<typeof messageView> {
  return {
    id: m.id,
    author: m.author,
    agentName: m.author === "staff" ? (m.staff?.displayName ?? null) : null,
    text: m.text,
    attachments: (m.attachments as Attachment[]).map((a, i) => ({ kind: a.kind, url: `/api/files/${m.id}/${i}`, name: a.fileName ?? null })),
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
  };
}

/** The customer's tickets in the Mini App: list, conversation, reply, new ticket, rating. */
export async function ticketRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { onRequest: app.requireTelegramUser };
  const tags = ["tickets"];

  r.get(
    "/api/tickets",
    { ...auth, schema: { tags, summary: "My tickets", querystring: ticketListQuery, response: { 200: ticketList, 400: errorBody, 401: errorBody } } },
    async (request) => {
      const rows = await customerTicketList(deps.sql, signedInTelegramId(request), request.query.filter);
      return { tickets: rows.map((x) => summaryView(x, x.etaMinutes, x.unread)) };
    },
  );

  r.get(
    "/api/tickets/:number",
    {
      ...auth,
      schema: {
        tags,
        summary: "One of my tickets with its conversation",
        params: ticketParams,
        response: { 200: ticketDetail, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      return detailView(await customerTicketPage(deps.sql, signedInTelegramId(request), request.params.number, deps.clock.now()));
    },
  );

  r.get(
    "/api/tickets/:number/messages",
    {
      ...auth,
      schema: {
        tags,
        summary: "Messages after a given id (poll for new ones)",
        params: ticketParams,
        querystring: messagesQuery,
        response: { 200: messageList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const messages = await customerMessagesAfter(deps.sql, signedInTelegramId(request), request.params.number, request.query.after, deps.clock.now());
      return { messages: messages.map(messageViewOf) };
    },
  );

  r.post(
    "/api/tickets",
    {
      ...auth,
      schema: {
        tags,
        summary: "Open a ticket (the bot confirms it in the chat)",
        body: newTicket,
        response: { 201: createdTicket, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const customer = await signedInCustomer(deps, request);
      const key = request.headers["idempotency-key"];
      const { ticket, etaMinutes } = await openTicket(deps, {
        customerId: customer.id,
        topic: request.body.topic,
        text: request.body.description,
        handoff: classify(request.body.description).handoff,
        source: "miniapp",
        ...(typeof key === "string" && key.length <= 100 ? { idempotencyKey: `api:${customer.id}:${key}` } : {}),
      });
      const queue = await queueCodeOf(deps.db, ticket.queueId);
      return reply.code(201).send({ ticket: summaryView({ ...ticket, queue }, etaMinutes, 0) });
    },
  );

  r.post(
    "/api/tickets/:number/messages",
    {
      ...auth,
      schema: {
        tags,
        summary: "Write to support in a ticket (reopens a resolved one)",
        params: ticketParams,
        body: newMessage,
        response: { 201: messageView, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const customer = await signedInCustomer(deps, request);
      const ticket = await findOwnTicket(deps.db, customer.id, request.params.number);
      if (!ticket) return reply.code(404).send({ error: "not_found", reason: `No ticket #${request.params.number} among yours` });
      const message = await customerWritesToTicket(deps, ticket, customer.id, { text: request.body.text });
      const [full] = await visibleMessages(deps.db, ticket.id, message.id - 1);
      return reply.code(201).send(messageViewOf(full!));
    },
  );

  r.post(
    "/api/tickets/:number/rating",
    {
      ...auth,
      schema: {
        tags,
        summary: "Rate a resolved ticket (1-5)",
        params: ticketParams,
        body: ratingBody,
        response: { 200: z.object({ ok: z.literal(true) }), 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const customer = await signedInCustomer(deps, request);
      await rateTicket(deps, customer.id, request.params.number, request.body.csat);
      return { ok: true as const };
    },
  );
}

function detailView(d: CustomerTicketPage): z.infer<typeof ticketDetail> {
  const open = (OPEN_STATUSES as readonly string[]).includes(d.ticket.status);
  const rating = d.rating;
  return {
    ticket: {
      ...summaryView(d.ticket, d.ticket.etaMinutes, 0),
      summary: d.ticket.summary,
      rating: rating ? { csat: rating.csat, nps: rating.nps } : null,
      canRate: d.ticket.status === "resolved" || d.ticket.status === "closed",
      canReply: open || d.ticket.status === "resolved" || d.ticket.status === "closed",
    },
    messages: d.messages.map(messageViewOf),
  };
}

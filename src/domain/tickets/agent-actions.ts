import { storedText } from "../text/truncate.js";
import type { DbClient } from "../../db/index.js";
import type { Customer, Queue, StaffMember, Ticket } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import { searchKb } from "../kb/search.js";
import { ruleEnabled } from "../automation/rules.js";
import type { Content } from "../notifications.js";
import { maskPersonalData } from "../privacy/mask.js";
import { forbiddenWordsIn } from "../quality/forbidden-words.js";
import { takeNextTicket, takeTicket } from "../routing/assignment.js";
import { nextSlaCheck, slaStateOf, slaTimings, type SlaState } from "../sla/clock.js";
import { moveTicketToQueue } from "../routing/move.js";
import { publicStaffName } from "../staff/names.js";
import { briefAgent, conversationSoFar, staffRecipient } from "./briefing.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../shared/errors.js";
import { can } from "../staff/permissions.js";
import { MAX_TEXT, type Attachment } from "./types.js";
import { isOpenStatus, OPEN_STATUSES } from "./statuses.js";
import type { TicketDeps } from "./tickets.js";
import { recordMacroUse, suggestMacros } from "../macros/assist.js";
import { encode } from "../callback-data.js";
import { flowValue } from "../experiments/flow-choices.js";
import { csatButtons } from "../feedback/ratings.js";

// What agents do to tickets from their chat with the bot. Every action checks who may do it,
// changes the ticket in one transaction with its history, audit row and outgoing messages, and
// keeps the SLA clock's next check current.

export type Actor = Pick<StaffMember, "id" | "displayName" | "telegramId" | "languageCode" | "role">;
type Loaded = Ticket & { customer: Customer; queue: Queue };

export interface TelegramOrigin {
  chatId: bigint;
  messageId: number;
  /** Set on each part of an album the agent sends: the parts reach the customer as one album. */
  mediaGroupId?: string;
}

/** Telegram sends an album's parts as separate updates within a moment of each other. */
const ALBUM_WAIT_MS = 2_000;

async function load(tx: DbClient, number: number): Promise<Loaded> {
  const ticket = await tx.ticket.findUnique({ where: { number }, include: { customer: true, queue: true } });
  if (!ticket) throw new NotFoundError("ticket", { number });
  return ticket;
}

/** The assignee and supervisors may act; an unassigned open ticket is taken by whoever acts on it. */
async function claim(tx: DbClient, ticket: Loaded, actor: Actor, now: Date): Promise<Loaded> {
  if (ticket.assigneeId === actor.id) return ticket;
  if (ticket.assigneeId !== null) {
    if (can(actor, "tickets.reassign")) return ticket;
    const holder = await tx.staffMember.findUnique({ where: { id: ticket.assigneeId } });
    throw new ForbiddenError(`Ticket #${ticket.number} is handled by ${holder?.displayName ?? "another agent"}`);
  }
  if (!isOpenStatus(ticket.status)) return ticket;
  const taken = await tx.ticket.updateMany({ where: { id: ticket.id, assigneeId: null }, data: { assigneeId: actor.id } });
  if (!taken.count) throw new ConflictError("already-taken", `Ticket #${ticket.number} was just taken by another agent`);
  await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: "taken", actorType: "staff", actorId: actor.id, data: {}, createdAt: now } });
  return { ...ticket, assigneeId: actor.id };
}

/** Moving a ticket on is for the agent who holds it (or nobody does) and for supervisors. */
function requireHolderOrSupervisor(ticket: Ticket, actor: Actor) {
  if (ticket.assigneeId !== null && ticket.assigneeId !== actor.id && !can(actor, "tickets.reassign")) {
    throw new ForbiddenError(`Ticket #${ticket.number} is handled by another agent`);
  }
}

function requireOpen(ticket: Ticket) {
  if (!isOpenStatus(ticket.status)) {
    throw new ConflictError("ticket-closed", `Ticket #${ticket.number} is ${ticket.status.replace("_", " ")}; the customer can reopen it by writing again`);
  }
}

async function updateWithClock(deps: TicketDeps, tx: DbClient, ticket: Loaded, changes: Partial<SlaState> & Record<string, unknown>, now: Date) {
  const state = { ...slaStateOf(ticket), ...changes } as SlaState;
  return tx.ticket.update({
    where: { id: ticket.id },
    data: { ...changes, nextSlaCheckAt: nextSlaCheck(state, slaTimings(ticket.queue, deps.settings), now) },
  });
}

export interface ReplyInput {
  text: string;
  attachments?: Attachment[];
  /** The agent's own message, so an edit of it can follow to the customer. */
  origin?: TelegramOrigin;
  /** The agent has seen the quality-check warning and sends anyway. */
  confirmed?: boolean;
  /** A clarification request: the ticket then waits for the customer (the resolution clock pauses). */
  clarification?: boolean;
  /**
   * The macro this reply's words came from. Its use counts for agent assist only once the reply
   * goes to the customer (now, or when a held reply is confirmed): a refused, discarded or
   * failed press says nothing about which answers work.
   */
  macro?: string;
}

export type ReplyResult = { kind: "sent"; ticket: Ticket; messageId: number } | { kind: "held"; ticket: Ticket; messageId: number; words: string[] };

/** An agent's answer (or clarification request) to the customer, text and files. */
export async function replyToCustomer(deps: TicketDeps, actor: Actor, number: number, input: ReplyInput): Promise<ReplyResult> {
  const text = storedText(input.text, MAX_TEXT);
  if (!text && !input.attachments?.length) throw new ValidationError("The reply is empty");
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await claim(tx, await load(tx, number), actor, now);
    requireOpen(ticket);
    const album = input.origin?.mediaGroupId ? await joinStaffAlbum(deps, tx, ticket, actor, input.origin.mediaGroupId, text, input.attachments ?? []) : null;
    if (album) return album;
    const words = input.confirmed ? [] : forbiddenWordsIn(text, deps.settings.forbiddenWords);
    const message = await tx.ticketMessage.create({
      data: {
        ticketId: ticket.id,
        author: "staff",
        staffId: actor.id,
        text,
        attachments: input.attachments ?? [],
        held: words.length > 0,
        telegramChatId: input.origin?.chatId ?? null,
        telegramMessageId: input.origin?.messageId ?? null,
        mediaGroupId: input.origin?.mediaGroupId ?? null,
        createdAt: now,
      },
    });
    if (words.length) {
      const data = { words, messageId: message.id, ...(input.macro ? { macro: input.macro } : {}) };
      await audit(tx, { staffId: actor.id, action: "reply-held", ticketId: ticket.id, data, at: now });
      return { kind: "held" as const, ticket, messageId: message.id, words };
    }
    if (input.macro) await recordMacroUse(tx, input.macro, ticket, actor.id, now);
    const sent = await deliverReply(
      deps,
      tx,
      ticket,
      actor,
      message.id,
      text,
      input.attachments ?? [],
      Boolean(input.clarification),
      now,
      Boolean(input.origin?.mediaGroupId),
    );
    return { kind: "sent" as const, ticket: sent, messageId: message.id };
  });
}

/**
 * A later part of an album the agent is sending: it joins the first part's message and, while
 * that copy still waits in the outbox, the customer's album. Null for the first part.
 */
async function joinStaffAlbum(
  deps: TicketDeps,
  tx: DbClient,
  ticket: Loaded,
  actor: Actor,
  mediaGroupId: string,
  text: string,
  attachments: Attachment[],
): Promise<ReplyResult | null> {
  const first = await tx.ticketMessage.findFirst({ where: { ticketId: ticket.id, author: "staff", staffId: actor.id, mediaGroupId } });
  if (!first) return null;
  await tx.ticketMessage.update({
    where: { id: first.id },
    data: { attachments: [...(first.attachments as Attachment[]), ...attachments], text: first.text || text },
  });
  if (!first.held && attachments.length) {
    const joined = await deps.notifier.addToPendingAlbum(tx, ticket.customer.telegramId, { kind: "customer-copy", sourceMessageId: first.id }, attachments);
    if (!joined)
      await deps.notifier.sendContent(
        tx,
        ticket.customer,
        { attachments },
        { ticketId: ticket.id, kind: "customer-copy", sourceMessageId: first.id, failureNotifyChatId: actor.telegramId },
      );
  }
  // A held album is confirmed or discarded once, on its first part's prompt.
  return { kind: "sent", ticket, messageId: first.id };
}

async function deliverReply(
  deps: TicketDeps,
  tx: DbClient,
  ticket: Loaded,
  actor: Actor,
  messageId: number,
  text: string,
  attachments: Attachment[],
  clarification: boolean,
  now: Date,
  album = false,
): Promise<Ticket> {
  const content: Content = {
    template: {
      key: signedKey(clarification ? "agent-clarification" : "agent-reply", actor),
      vars: { agent: publicStaffName(actor) ?? "", text, number: String(ticket.number), hours: deps.settings.clarificationHours },
    },
    attachments,
  };
  await deps.notifier.sendContent(tx, ticket.customer, content, {
    ticketId: ticket.id,
    kind: "customer-copy",
    sourceMessageId: messageId,
    failureNotifyChatId: actor.telegramId,
    // The first part of an album waits a moment in the outbox for the others to join it.
    ...(album && attachments.length ? { albumDelayMs: ALBUM_WAIT_MS } : {}),
  });
  const updated = await updateWithClock(
    deps,
    tx,
    ticket,
    {
      firstRespondedAt: ticket.firstRespondedAt ?? now,
      lastStaffMessageAt: now,
      status: clarification ? "waiting_customer" : "in_progress",
      ...(clarification ? { pausedAt: now, clarificationRemindedAt: null } : {}),
    },
    now,
  );
  await tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: clarification ? "clarification-requested" : "staff-reply",
      actorType: "staff",
      actorId: actor.id,
      data: { messageId },
      createdAt: now,
    },
  });
  await audit(tx, { staffId: actor.id, action: clarification ? "clarification" : "reply", ticketId: ticket.id, data: { messageId }, at: now });
  return updated;
}

/** After the quality check: send the held reply as it is, or drop it. */
export async function releaseHeldReply(deps: TicketDeps, actor: Actor, messageId: number, send: boolean): Promise<Ticket> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const message = await tx.ticketMessage.findUnique({ where: { id: messageId } });
    if (!message || !message.held || message.staffId !== actor.id) throw new NotFoundError("held reply", { messageId });
    const ticket = await load(tx, (await tx.ticket.findUniqueOrThrow({ where: { id: message.ticketId } })).number);
    if (!send) {
      await tx.ticketMessage.delete({ where: { id: message.id } });
      await audit(tx, { staffId: actor.id, action: "reply-discarded", ticketId: ticket.id, data: { messageId }, at: now });
      return ticket;
    }
    requireOpen(ticket);
    await tx.ticketMessage.update({ where: { id: message.id }, data: { held: false } });
    await audit(tx, { staffId: actor.id, action: "reply-confirmed", ticketId: ticket.id, data: { messageId }, at: now });
    // A held macro reply remembers its macro in the hold's audit row; it counts now that it goes.
    const hold = await tx.auditLog.findFirst({
      where: { action: "reply-held", ticketId: ticket.id, data: { path: ["messageId"], equals: messageId } },
      orderBy: { id: "desc" },
    });
    const macro = (hold?.data as { macro?: unknown } | undefined)?.macro;
    if (typeof macro === "string") await recordMacroUse(tx, macro, ticket, actor.id, now);
    return deliverReply(deps, tx, ticket, actor, message.id, message.text, message.attachments as Attachment[], false, now);
  });
}

/** An agent edited a reply they had sent: the customer's copy follows. */
export async function editStaffReply(deps: TicketDeps, origin: TelegramOrigin, text: string): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const message = await tx.ticketMessage.findUnique({
      where: { telegramChatId_telegramMessageId: { telegramChatId: origin.chatId, telegramMessageId: origin.messageId } },
      include: { staff: true, ticket: { include: { customer: true } } },
    });
    if (!message || message.author !== "staff" || !message.staff) return false;
    const clean = storedText(text, MAX_TEXT);
    await tx.ticketMessage.update({ where: { id: message.id }, data: { text: clean, editedAt: now } });
    await tx.ticketEvent.create({
      data: {
        ticketId: message.ticketId,
        type: "message-edited",
        actorType: "staff",
        actorId: message.staffId,
        data: { messageId: message.id, before: message.text },
        createdAt: now,
      },
    });
    if (message.internal || message.held) return true;
    const [first] = await deps.notifier.deliveries(tx, { sourceMessageId: message.id, kind: "customer-copy" });
    if (!first) return true;
    const content: Content = { template: { key: signedKey("agent-reply", message.staff), vars: { agent: publicStaffName(message.staff) ?? "", text: clean } } };
    if (first.sentAt && first.telegramMessageId) {
      await deps.notifier.editText(tx, message.ticket.customer, first.telegramMessageId, content, {
        ticketId: message.ticketId,
        kind: "customer-edit",
        asCaption: first.method !== "sendMessage",
      });
    } else if (!first.failedAt && first.method === "sendMessage") {
      // Not delivered yet: the pending copy gives way to one with the new text.
      if (await deps.notifier.withdraw(tx, first.id, "superseded: edited before it was sent"))
        await deps.notifier.sendContent(tx, message.ticket.customer, content, {
          ticketId: message.ticketId,
          kind: "customer-copy",
          sourceMessageId: message.id,
          failureNotifyChatId: message.staff.telegramId,
        });
    }
    return true;
  });
}

export async function addNote(deps: TicketDeps, actor: Actor, number: number, text: string): Promise<Ticket> {
  const clean = storedText(text, MAX_TEXT);
  if (!clean) throw new ValidationError("The note is empty");
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await load(tx, number);
    await tx.ticketMessage.create({ data: { ticketId: ticket.id, author: "staff", staffId: actor.id, text: clean, internal: true, createdAt: now } });
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: "note", actorType: "staff", actorId: actor.id, data: {}, createdAt: now } });
    await audit(tx, { staffId: actor.id, action: "note", ticketId: ticket.id, at: now });
    return ticket;
  });
}

/** Moves a ticket to another queue (escalation to L2/VIP/Security, or a plain transfer) with a reason. */
export async function moveToQueue(
  deps: TicketDeps,
  actor: Actor,
  number: number,
  queueCode: string,
  reason: string,
  kind: "escalate" | "transfer",
): Promise<Ticket> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await load(tx, number);
    requireOpen(ticket);
    requireHolderOrSupervisor(ticket, actor);
    const target = await tx.queue.findFirst({ where: { code: queueCode.toUpperCase(), active: true } });
    if (!target) throw new NotFoundError("queue", { code: queueCode });
    if (target.id === ticket.queueId) throw new ValidationError(`Ticket #${number} is already in ${target.code}`);
    const moved = await moveTicketToQueue(deps, tx, ticket.id, { to: target, kind, reason: reason || kind, actor: { type: "staff", id: actor.id }, now });
    await audit(tx, { staffId: actor.id, action: kind, ticketId: ticket.id, data: { from: ticket.queue.code, to: target.code, reason }, at: now });
    return moved;
  });
}

/** Hands a ticket to a colleague (who must be active; their limit is respected unless a supervisor insists). */
export async function transferToAgent(deps: TicketDeps, actor: Actor, number: number, target: StaffMember): Promise<Ticket> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await load(tx, number);
    requireOpen(ticket);
    requireHolderOrSupervisor(ticket, actor);
    if (!target.active) throw new ValidationError(`${target.displayName} is not active`);
    const load_ = await tx.ticket.count({ where: { assigneeId: target.id, status: { in: [...OPEN_STATUSES] } } });
    if (load_ >= target.maxConcurrent && !can(actor, "tickets.reassign")) throw new ConflictError("at-limit", `${target.displayName} is at their limit`);
    const updated = await tx.ticket.update({ where: { id: ticket.id }, data: { assigneeId: target.id } });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "transferred",
        actorType: "staff",
        actorId: actor.id,
        data: { from: ticket.assigneeId, to: target.id },
        createdAt: now,
      },
    });
    await audit(tx, { staffId: actor.id, action: "transfer", ticketId: ticket.id, data: { to: target.id }, at: now });
    await briefWithConversation(deps, tx, ticket, target, "staff-transferred-to-you", "staff-transferred-history");
    return updated;
  });
}

/** Closes the work: a summary and next steps for the customer; the ticket is resolved. */
export async function resolveTicket(deps: TicketDeps, actor: Actor, number: number, summary: string, nextSteps: string): Promise<Ticket> {
  const clean = storedText(summary, 2000);
  if (!clean) throw new ValidationError("Write a short summary of what was done");
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await claim(tx, await load(tx, number), actor, now);
    requireOpen(ticket);
    const resolved = await updateWithClock(deps, tx, ticket, { status: "resolved", resolvedAt: now, pausedAt: null, summary: clean } as never, now);
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, type: "resolved", actorType: "staff", actorId: actor.id, data: { summary: clean, nextSteps }, createdAt: now },
    });
    await audit(tx, { staffId: actor.id, action: "resolve", ticketId: ticket.id, at: now });
    if (!ticket.customer.unreachableAt) {
      // An experiment may move the rating request to the follow-up (src/domain/sla/sweep.ts).
      const askRating =
        (await ruleEnabled(tx, "csat-request")) && flowValue(deps.experimentTexts, ticket.customer.telegramId, "rating-timing") === "on-resolve";
      await deps.notifier.sendContent(
        tx,
        ticket.customer,
        {
          template: {
            key: nextSteps.trim() ? "ticket-resolved-next" : "ticket-resolved",
            vars: { number: String(ticket.number), summary: clean, next: nextSteps.trim(), agent: publicStaffName(actor) ?? "" },
          },
          ...(askRating ? { buttons: [csatButtons(ticket.number)] } : {}),
        },
        { ticketId: ticket.id, kind: "customer-notice" },
      );
    }
    return resolved;
  });
}

/** The customer's message (masked) as a message the agent can reply to. */
export async function sendCustomerCopyToAgent(
  deps: TicketDeps,
  tx: DbClient,
  ticket: Loaded,
  agent: Pick<StaffMember, "telegramId" | "languageCode">,
  key = "staff-customer-message",
  message?: { text: string; attachments: Attachment[]; id?: number; albumDelayMs?: number },
) {
  const first = message ?? (await tx.ticketMessage.findFirst({ where: { ticketId: ticket.id, author: "customer" }, orderBy: { id: "asc" } }));
  await deps.notifier.sendContent(
    tx,
    staffRecipient(agent),
    {
      template: { key, vars: { number: String(ticket.number), name: ticket.customer.firstName, text: maskPersonalData(first?.text ?? "") } },
      attachments: (first?.attachments as Attachment[] | undefined) ?? [],
    },
    // The stored message the copy shows: a later edit or album part finds its copy through it.
    {
      ticketId: ticket.id,
      kind: "agent-copy",
      ...(message?.id !== undefined ? { sourceMessageId: message.id } : {}),
      ...(message?.albumDelayMs ? { albumDelayMs: message.albumDelayMs } : {}),
    },
  );
}

/**
 * Briefs an agent who receives a ticket: a single customer message as it is (`oneKey`), or the
 * whole conversation so far (`historyKey`) once there is more to read than the first message.
 */
export async function briefWithConversation(
  deps: TicketDeps,
  tx: DbClient,
  ticket: Loaded,
  agent: Pick<StaffMember, "telegramId" | "languageCode">,
  oneKey: string,
  historyKey: string,
) {
  const conversation = await conversationSoFar(tx, ticket);
  if (conversation.count <= 1) return sendCustomerCopyToAgent(deps, tx, ticket, agent, oneKey);
  return briefAgent(deps, tx, ticket, agent, historyKey);
}

/** Customer-facing texts that name the agent have a variant for an agent with no name yet ("Support"). */
function signedKey(key: string, staff: Pick<StaffMember, "displayName">): string {
  return publicStaffName(staff) === null ? `${key}-unnamed` : key;
}

export interface CustomerHistory {
  earlier: Array<{ number: number; status: string; topic: string; createdAt: Date }>;
  total: number;
  vip: boolean;
  language: string;
  timeZone: string;
  localTime: string;
}

export async function customerHistory(db: DbClient, customer: Customer, exceptTicketId: number, now: Date): Promise<CustomerHistory> {
  const [earlier, total] = await Promise.all([
    db.ticket.findMany({ where: { customerId: customer.id, id: { not: exceptTicketId } }, orderBy: { createdAt: "desc" }, take: 5 }),
    db.ticket.count({ where: { customerId: customer.id, id: { not: exceptTicketId } } }),
  ]);
  let localTime: string;
  try {
    localTime = new Intl.DateTimeFormat("en-GB", { timeZone: customer.timeZone, hour: "2-digit", minute: "2-digit", weekday: "short" }).format(now);
  } catch {
    localTime = "?";
  }
  return {
    earlier: earlier.map((t) => ({ number: t.number, status: t.status, topic: t.topic, createdAt: t.createdAt })),
    total,
    vip: customer.isVip,
    language: customer.languageCode,
    timeZone: customer.timeZone,
    localTime,
  };
}

/** Tells the agents on duty about a new ticket in their queue, with a Take button (or its assignee). */
export async function announceNewTicket(deps: TicketDeps, tx: DbClient, ticketId: number, known?: Pick<Ticket, "queueId" | "assigneeId">) {
  const onDuty = (queueId: number) => tx.staffMember.findMany({ where: { active: true, onDuty: true, queues: { some: { queueId } } } });
  // Nobody on duty to tell: the SLA alerts take over (asked first, so a quiet desk reads nothing more).
  const early = known && known.assigneeId === null ? await onDuty(known.queueId) : undefined;
  if (early && !early.length) return;
  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { customer: true, queue: true } });
  const agents = ticket.assigneeId === null ? (early ?? (await onDuty(ticket.queueId))) : [];
  if (ticket.assigneeId === null && !agents.length) return;
  const first = await tx.ticketMessage.findFirst({ where: { ticketId, author: "customer" }, orderBy: { id: "asc" } });
  const vars = {
    number: String(ticket.number),
    queue: ticket.queue.code,
    priority: ticket.priority,
    vip: ticket.vip ? "⭐ VIP" : "",
    due: ticket.firstResponseDueAt.toISOString().slice(11, 16),
    name: ticket.customer.firstName,
    text: maskPersonalData(first?.text ?? "").slice(0, 1500),
  };
  const localizedVars = { topic: `topic-name-${ticket.topic}` };
  if (ticket.assigneeId !== null) {
    const agent = await tx.staffMember.findUniqueOrThrow({ where: { id: ticket.assigneeId } });
    await deps.notifier.sendContent(
      tx,
      staffRecipient(agent),
      { template: { key: "staff-ticket-assigned", vars, localizedVars }, attachments: (first?.attachments as Attachment[]) ?? [] },
      { ticketId, kind: "agent-copy" },
    );
    return;
  }
  for (const agent of agents) {
    await deps.notifier.sendContent(
      tx,
      staffRecipient(agent),
      {
        template: { key: "staff-ticket-card", vars, localizedVars },
        buttons: [[{ kind: "callback", label: "btn-take", data: encode({ kind: "take", ticket: ticket.number }) }]],
      },
      { ticketId, kind: "ticket-card" },
    );
  }
}

/** Once a ticket is taken, the other agents' cards say so (and lose their Take button). */
export async function settleTicketCards(
  deps: TicketDeps,
  tx: DbClient,
  ticket: Pick<Ticket, "id" | "number">,
  taker: Pick<StaffMember, "id" | "displayName" | "telegramId">,
) {
  const cards = await deps.notifier.deliveries(tx, { ticketId: ticket.id, kind: "ticket-card", live: true });
  for (const card of cards) {
    if (card.chatId === taker.telegramId) continue;
    if (card.sentAt && card.telegramMessageId) {
      const staff = await tx.staffMember.findFirst({ where: { telegramId: card.chatId } });
      await deps.notifier.editText(
        tx,
        { telegramId: card.chatId, languageCode: staff?.languageCode ?? "en" },
        card.telegramMessageId,
        { template: { key: "staff-card-taken", vars: { number: String(ticket.number), agent: taker.displayName } } },
        { ticketId: ticket.id, kind: "card-edit" },
      );
    } else if (!card.sentAt) {
      // Not delivered yet: no need to show a card for work that is already taken.
      await deps.notifier.withdraw(tx, card.id, "superseded: ticket taken");
    }
  }
}

/** An agent takes a ticket and is briefed: the other agents' cards settle, the customer's message arrives to reply to. */
export async function takeAndBrief(deps: TicketDeps, actor: Actor, number: number | null) {
  const ticket = number === null ? await takeNextTicket(deps, actor.id) : await takeTicket(deps, actor.id, number);
  if (!ticket) return null;
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const loaded = await load(tx, ticket.number);
    await settleTicketCards(deps, tx, loaded, actor);
    await briefWithConversation(deps, tx, loaded, actor, "staff-customer-message", "staff-customer-history");
    if (await ruleEnabled(tx, "status-notifications")) {
      await deps.notifier.send(
        tx,
        loaded.customer,
        { key: signedKey("status-taken", actor), vars: { number: String(loaded.number), agent: publicStaffName(actor) ?? "" }, automated: true },
        { ticketId: loaded.id, kind: "customer-notice" },
      );
    }
    await audit(tx, { staffId: actor.id, action: "take", ticketId: loaded.id, at: now });
    const first = await tx.ticketMessage.findFirst({ where: { ticketId: loaded.id, author: "customer" }, orderBy: { id: "asc" } });
    // Articles that may answer it, for the agent to send or to learn from.
    const articles = first?.text ? await searchKb(tx, first.text, loaded.customer.languageCode, 3) : [];
    // Agent assist: what colleagues sent on tickets like this one, next to the articles.
    const macros = await suggestMacros(tx, loaded, actor.languageCode, now);
    return { ticket: loaded, history: await customerHistory(tx, loaded.customer, loaded.id, now), articles, macros };
  });
}

/** A reply that could not be delivered for good: the agent who wrote it is told why. */
export async function reportUndelivered(
  deps: Pick<TicketDeps, "notifier">,
  tx: DbClient,
  row: { ticketId: number | null; failureNotifyChatId: bigint | null },
  blocked: boolean,
) {
  if (row.failureNotifyChatId === null || row.ticketId === null) return;
  const [staff, ticket] = await Promise.all([
    tx.staffMember.findFirst({ where: { telegramId: row.failureNotifyChatId } }),
    tx.ticket.findUnique({ where: { id: row.ticketId } }),
  ]);
  if (!ticket) return;
  await deps.notifier.send(
    tx,
    { telegramId: row.failureNotifyChatId, languageCode: staff?.languageCode ?? "en" },
    { key: blocked ? "staff-delivery-blocked" : "staff-delivery-failed", vars: { number: String(ticket.number) } },
    { ticketId: ticket.id, kind: "staff-notice" },
  );
}

/** The ticket an agent's album went to (found by its first part), so its later parts follow it. */
export async function ticketOfStaffAlbum(db: DbClient, chatId: bigint, mediaGroupId: string): Promise<number | null> {
  const first = await db.ticketMessage.findFirst({
    where: { author: "staff", telegramChatId: chatId, mediaGroupId },
    include: { ticket: { select: { number: true } } },
  });
  return first?.ticket.number ?? null;
}

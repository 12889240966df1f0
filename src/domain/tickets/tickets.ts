import { cleanText } from "../text/normalize.js";
import { storedText, truncateText } from "../text/truncate.js";
import { statementRows, utcTimestamp, type Db, type DbClient } from "../../db/index.js";
import { outboxInsert, outboxWake, type OutboxRow } from "../../db/outbox-rows.js";
import { camelRow } from "../../db/sql.js";
import type { Customer, Queue, Ticket, TicketMessage } from "../../db/generated/client.js";
import type { Handoff } from "../classification/classify.js";
import { SECURITY_QUEUE } from "../classification/classify.js";
import type { Topic } from "../classification/topics.js";
import type { Notice, Notifier } from "../notifications.js";
import { routeTicket, VIP_QUEUE } from "../routing/queue-choice.js";
import { formatWorkingHours, nextOpening, parseWorkingHours, slaStartFor, type WorkingHours } from "../routing/working-hours.js";
import { deadlinesFor } from "../sla/deadlines.js";
import { estimateFirstResponseMinutes } from "../sla/eta.js";
import { initialSlaState, nextSlaCheck, slaStateOf, slaTimings } from "../sla/clock.js";
import { autoAssign } from "../routing/assignment.js";
import { applyCustomRules } from "../automation/custom-rules.js";
import { announceNewTicket, sendCustomerCopyToAgent } from "./agent-actions.js";
import { queueRank, topicRank } from "../routing/priority.js";
import { staffAlertTargets, onDutyAgents, uniqueRecipients, type AlertSettings } from "../staff/audience.js";
import type { Clock } from "../shared/clock.js";
import { ConsentRequiredError, NotFoundError, ValidationError } from "../shared/errors.js";
import { maskPersonalData } from "../privacy/mask.js";
import { MAX_TEXT, type Attachment } from "./types.js";
import { ACTIVE_STATUSES, DONE_STATUSES, isOpenStatus, OPEN_STATUSES, OPEN_STATUSES_SQL } from "./statuses.js";
import { Prisma } from "../../db/index.js";
import { encode } from "../callback-data.js";
import { FALLBACK_QUEUE } from "../routing/queues.js";
import { flowValue, type FlowChoices } from "../experiments/flow-choices.js";
import { newTicketWaitFacts, openingCatalog, waitFacts, type WaitFacts } from "./opening-reads.js";

export interface DeskSettings extends AlertSettings {
  unansweredAlertMinutes: number;
  clarificationHours: number;
  /** "Did the solution help?" this long after a resolution; silence for as long again closes the ticket. */
  followUpHours: number;
  followUpCloseHours: number;
  /** Share of rated tickets that are also asked the NPS question. */
  npsSamplePercent: number;
  forbiddenWords: readonly string[];
  /** The time zone queue working hours are written in (DESK_TIME_ZONE); UTC when unset. */
  deskTimeZone?: string;
}

export interface TicketDeps {
  db: Db;
  clock: Clock;
  notifier: Notifier;
  settings: DeskSettings;
  /** The running flow-choice experiments (src/domain/experiments); without them, today's flows. */
  experimentTexts?: FlowChoices;
}

export interface TelegramRef {
  chatId: bigint;
  messageId: number;
  mediaGroupId?: string;
}

export interface OpenTicketInput {
  customerId: number;
  topic: Topic;
  /** The customer's own words, plus answers to the clarifying questions. */
  text: string;
  attachments?: Attachment[];
  handoff: Handoff | null;
  source: "bot" | "miniapp";
  /** A Telegram update id or an API idempotency key: the same request never opens two tickets. */
  idempotencyKey?: string;
  telegram?: TelegramRef;
  /** Filed from a conversation the customer left half-way (the receipt says so). */
  unfinished?: boolean;
  /** The customer's record as the caller just read it in this request (saves reading it again). */
  customer?: Customer;
  /** The caller's own write that belongs with the new ticket (a replayed request runs it too: it must be safe to repeat). */
  alsoInTransaction?: (tx: DbClient) => Promise<unknown>;
}

export interface OpenedTicket {
  ticket: Ticket;
  created: boolean;
  etaMinutes: number;
}

const SUBJECT_LENGTH = 80;

export async function openTicket(deps: TicketDeps, input: OpenTicketInput): Promise<OpenedTicket> {
  const text = storedText(input.text, MAX_TEXT);
  if (!text && !input.attachments?.length) throw new ValidationError("A ticket needs a description or a file");
  const now = deps.clock.now();
  const { db } = deps;

  // Reads happen before the transaction: it stays short and holds no locks while we think. A
  // replayed request is answered by the insert's unique key below, not by a read of its own.
  const customer = input.customer?.id === input.customerId ? input.customer : await db.customer.findUnique({ where: { id: input.customerId } });
  if (!customer) throw new NotFoundError("customer", { customerId: input.customerId });
  // No ticket without the customer's agreement to store the conversation.
  if (!customer.consentAt) throw new ConsentRequiredError();
  // A VIP goes to a person at once: that is the "vip" hand-off (a stronger reason, such as
  // security, keeps its own queue).
  const handoff: Handoff | null = input.handoff ?? (customer.isVip ? { reason: "vip", queue: VIP_QUEUE, priority: "high" } : null);
  input = { ...input, handoff };
  const route = routeTicket(input.topic, input.handoff, customer.isVip);
  const catalog = await openingCatalog(db, route.queue, FALLBACK_QUEUE);
  const { queue } = catalog;
  // Outside the queue's working hours the SLA clock starts when it opens.
  const deadlines = deadlinesFor(queue, slaStartFor(queue, now, deps.settings.deskTimeZone ?? "UTC"));
  const vip = customer.isVip;
  const rank = queueRank(route.priority, vip);
  // The wait as the new ticket will see it, and who could take it, asked before the transaction
  // (one query, no locks): everything already in the queue was created before it.
  const facts = await newTicketWaitFacts(db, { queueId: queue.id, queueRank: rank }, catalog.overflow?.id ?? null);
  const expected = waitFrom(facts, { queueId: queue.id, assigneeId: null, firstRespondedAt: null }, now, deps.settings, queue);
  const etaMinutes = expected.etaMinutes;
  const event = {
    queue: queue.code,
    priority: route.priority,
    handoff: input.handoff?.reason ?? null,
    source: input.source,
    ...(input.unfinished ? { unfinished: true } : {}),
  };

  const opening: Opening = { deps, input, customer, queue, route, rank, text, deadlines, etaMinutes, now, event, number: facts?.number ?? null };

  // Nobody could take it (nobody on duty in its queue, nowhere to overflow), no admin rule, no
  // alert, nothing of the caller's to write with it: the ticket and its receipt are all there is
  // to write, and one statement writes them, atomic by itself, with no transaction around it (a
  // desk with nobody on duty takes every ticket this way, a burst at night included).
  if (!catalog.rules.length && !queue.alertOnCreate && !input.alsoInTransaction && facts && !facts.candidates.length && !facts.overflowCandidates.length) {
    const receipts = receiptNotices(opening, { number: facts.number, assigneeId: null }, expected)
      .map((notice) => deps.notifier.compose(customer, notice))
      .filter((row) => row !== null);
    const created = await insertTicket(db, opening, receipts);
    // The same request seen before: answered with its ticket (committed, as the insert waited for it).
    return created ? { ticket: created, created: true, etaMinutes: expected.etaMinutes } : (await findByIdempotencyKey(db, input.idempotencyKey!))!;
  }

  return await db.$transaction(async (tx) => {
    const created = await insertTicket(tx, opening);
    await input.alsoInTransaction?.(tx);
    if (!created) return (await findByIdempotencyKey(tx, input.idempotencyKey!))!;

    // Admin-defined rules first: a changed queue or priority should steer the assignment.
    const fired = await applyCustomRules(deps, tx, "ticket-created", created.id, text, now, catalog.rules);
    const current = fired.length ? await tx.ticket.findUniqueOrThrow({ where: { id: created.id } }) : created;
    // Who could take it was read with the wait, unless a rule has moved it since.
    const known =
      fired.length || !facts ? undefined : { candidates: facts.candidates, overflow: catalog.overflow, overflowCandidates: facts.overflowCandidates };
    const assignment = await autoAssign(tx, current, now, deps.settings, known);
    const ticket = assignment.kind === "waiting" ? current : await tx.ticket.findUniqueOrThrow({ where: { id: created.id } });
    // Nobody on duty in its queue (as the assignment just found): nobody to announce it to.
    if (assignment.kind !== "waiting" || assignment.onDuty > 0)
      await announceNewTicket(deps, tx, ticket.id, { queueId: ticket.queueId, assigneeId: ticket.assigneeId });
    if (queue.alertOnCreate) {
      // Security/Payments: the people on duty hear about it at once, not at the first SLA warning.
      const to = uniqueRecipients([...(await staffAlertTargets(tx, deps.settings)), ...(await onDutyAgents(tx, queue.id))]);
      for (const r of to) {
        await deps.notifier.send(
          tx,
          r,
          {
            key: "staff-security-alert",
            vars: { number: String(ticket.number), priority: route.priority },
            localizedVars: { topic: `topic-name-${input.topic}` },
            critical: true,
          },
          ticket.id,
        );
      }
    }

    // Honest about the wait: someone on duty and the queue open, or when the answer will come.
    // Asked again only when a rule or the overflow moved the ticket since it was first asked.
    const moved = fired.length > 0 || ticket.queueId !== queue.id || ticket.queueRank !== rank;
    const wait = moved ? await ticketWait(tx, ticket, now, deps.settings) : { ...expected, place: ticket.assigneeId === null ? expected.place : null };
    // The ETA kept on the ticket is the one the customer is told (a replayed request answers with it).
    const etaAt = new Date(ticket.createdAt.getTime() + wait.etaMinutes * 60_000);
    if (etaAt.getTime() !== ticket.etaAt.getTime()) await tx.ticket.update({ where: { id: ticket.id }, data: { etaAt } });
    for (const notice of receiptNotices(opening, ticket, wait)) await deps.notifier.send(tx, customer, notice, ticket.id);
    return { ticket, created: true, etaMinutes: wait.etaMinutes };
  });
}

/** What a new ticket's opening decided before its transaction. */
interface Opening {
  deps: TicketDeps;
  input: OpenTicketInput;
  customer: Customer;
  queue: Queue;
  route: ReturnType<typeof routeTicket>;
  rank: number;
  /** The customer's words as stored. */
  text: string;
  deadlines: ReturnType<typeof deadlinesFor>;
  etaMinutes: number;
  now: Date;
  /** The "created" event's data. */
  event: Record<string, unknown>;
  /** Drawn with the wait, so that the receipt can be written with the ticket (null: the insert draws it). */
  number: number | null;
}

/**
 * The ticket, its first message and its "created" event, in one statement, with `receipts` (for
 * the ticket, in that order) and the wake of the delivery worker when there are any. A request
 * seen before (the same idempotency key) inserts nothing and gives null; one sent at the same
 * moment waits for the other's commit, then does the same. `tx` may be a client outside any
 * transaction: the statement is atomic by itself.
 */
async function insertTicket(tx: DbClient, o: Opening, receipts: readonly OutboxRow[] = []): Promise<Ticket | null> {
  const { input, customer, queue, route, rank, text, deadlines, now, deps } = o;
  const tg = input.telegram;
  const slaStart = initialSlaState(deadlines, now);
  const [row] = await statementRows<Record<string, unknown>>(
    tx,
    Prisma.sql`
      WITH t AS (
        INSERT INTO tickets (number, customer_id, topic, queue_id, priority, subject, language, source, idempotency_key, handoff_reason,
          first_response_due_at, resolution_due_at, eta_at, queue_rank, topic_rank, vip, next_sla_check_at, last_customer_message_at,
          created_at, updated_at)
        VALUES (${o.number ?? Prisma.raw("DEFAULT")}, ${customer.id}, ${input.topic}, ${queue.id}, ${route.priority}::"TicketPriority", ${subjectOf(text, input.topic)},
          ${customer.languageCode}, ${input.source}, ${input.idempotencyKey ?? null}::text, ${input.handoff?.reason ?? null}::text,
          ${utcTimestamp(deadlines.firstResponseDueAt)}, ${nullableTimestamp(deadlines.resolutionDueAt)},
          ${utcTimestamp(new Date(now.getTime() + o.etaMinutes * 60_000))}, ${rank}::smallint, ${topicRank(input.topic)}::smallint, ${customer.isVip},
          ${nullableTimestamp(nextSlaCheck(slaStart, slaTimings(queue, deps.settings), now))}, ${utcTimestamp(now)},
          ${utcTimestamp(now)}, now() AT TIME ZONE 'UTC')
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING *
      ), m AS (
        INSERT INTO ticket_messages (ticket_id, author, text, attachments, telegram_chat_id, telegram_message_id, media_group_id, created_at)
        SELECT t.id, 'customer', ${text}, ${JSON.stringify(input.attachments ?? [])}::jsonb, ${tg?.chatId ?? null}::bigint,
          ${tg?.messageId ?? null}::int, ${tg?.mediaGroupId ?? null}::text, ${utcTimestamp(now)} FROM t
      ), e AS (
        INSERT INTO ticket_events (ticket_id, type, actor_type, actor_id, data, created_at)
        SELECT t.id, 'created', 'customer', ${customer.id}, ${JSON.stringify(o.event)}::jsonb, ${utcTimestamp(now)} FROM t
      )${receipts.length ? Prisma.sql`, receipts AS (${outboxInsert(receipts, "t")})` : Prisma.empty}
      SELECT t.*${receipts.length ? Prisma.sql`, ${outboxWake("receipts")} AS woken` : Prisma.empty} FROM t`,
  );
  if (!row) return null;
  const { woken: _woken, ...ticket } = row;
  return camelRow<Ticket>(ticket);
}

/** The receipt: the ticket's number, its place and ETA, and what the customer can do next (one or two messages, in order). */
function receiptNotices(o: Opening, ticket: Pick<Ticket, "number" | "assigneeId">, wait: TicketWait): Notice[] {
  const { deps, input, customer, queue } = o;
  const receipt = receiptFor(ticket, wait, customer);
  // The bot steps aside: said with the receipt, in one message that cannot be lost.
  const preface = input.unfinished
    ? "ticket-filed-unfinished"
    : input.handoff && input.source === "bot"
      ? input.handoff.reason === "security" || input.handoff.reason === "payment"
        ? "handoff-security-notice"
        : "handoff-notice"
      : undefined;

  // The status-notice experiment: "detailed-steps" says what happens next, step by step, instead
  // of offering the status button. Never for security or payment tickets (their words are fixed).
  const steps =
    queue.code !== SECURITY_QUEUE &&
    input.handoff?.reason !== "security" &&
    input.handoff?.reason !== "payment" &&
    flowValue(deps.experimentTexts, customer.telegramId, "status-notice") === "detailed-steps";
  const notices: Notice[] = [
    {
      key: receipt.key,
      ...(preface ? { preface } : {}),
      // Ticket numbers are strings so no locale prints "#10,001".
      vars: { number: String(ticket.number), eta: wait.etaMinutes, ...receipt.vars },
      localizedVars: { topic: `topic-name-${input.topic}` },
      critical: queue.code === SECURITY_QUEUE,
      buttons: [
        [
          ...(steps
            ? []
            : [
                {
                  kind: "webapp" as const,
                  label: "btn-ticket-status",
                  path: `/tickets/${ticket.number}`,
                  fallbackData: encode({ kind: "status", ticket: ticket.number }),
                },
              ]),
          { kind: "callback", label: "btn-add-details", data: encode({ kind: "details", ticket: ticket.number }) },
        ],
      ],
    },
  ];
  if (steps) notices.push({ key: "ticket-receipt-steps", vars: { number: String(ticket.number) } });
  return notices;
}

async function findByIdempotencyKey(db: DbClient, key: string): Promise<OpenedTicket | null> {
  const existing = await db.ticket.findUnique({ where: { idempotencyKey: key } });
  if (!existing) return null;
  const etaMinutes = Math.max(1, Math.round((existing.etaAt.getTime() - existing.createdAt.getTime()) / 60_000));
  return { ticket: existing, created: false, etaMinutes };
}

function nullableTimestamp(at: Date | null): Prisma.Sql {
  return at ? utcTimestamp(at) : Prisma.sql`NULL`;
}

export function subjectOf(text: string, topic: string): string {
  // The first line that shows something (zero-width spaces do not), cut between graphemes: an
  // emoji across the cut must not leave half a character that PostgreSQL refuses.
  const firstLine =
    text
      .split("\n")
      .map(cleanText)
      .find((l) => l) ?? topic;
  return truncateText(firstLine, SUBJECT_LENGTH, "…");
}

export interface TicketWait {
  /** 1 for the next ticket to be taken in its queue; null once someone holds or answered it. */
  place: number | null;
  agentsOnDuty: number;
  /** When the queue opens again, or null when it is open now (or never closes). */
  opensAt: Date | null;
  hours: WorkingHours;
  timeZone: string;
  /** Minutes until a first answer, counted from now (after the opening when closed). */
  etaMinutes: number;
}

function hoursOf(queue: { workingHours: string | null }): WorkingHours {
  try {
    return parseWorkingHours(queue.workingHours);
  } catch {
    return null; // hours that no longer parse never hide the queue
  }
}

function etaFrom(row: WaitFacts | undefined, policyMinutes: number): number {
  return estimateFirstResponseMinutes({
    ahead: row?.unanswered ?? 0,
    agentsOnDuty: row?.agents ?? 0,
    recentFirstResponseMinutes: row?.minutes === null || row?.minutes === undefined ? null : Number(row.minutes),
    policyFirstResponseMinutes: policyMinutes,
  });
}

/**
 * Where a ticket stands: its place in line, whether anyone is on duty for it, and whether its
 * queue is open. Shown on the receipt and by /status.
 */
export async function ticketWait(
  db: DbClient,
  ticket: Pick<Ticket, "id" | "queueId" | "queueRank" | "createdAt" | "assigneeId" | "firstRespondedAt">,
  now: Date,
  settings: Pick<DeskSettings, "deskTimeZone">,
  /** The ticket's queue when the caller holds it already (saves reading it again). */
  known?: Pick<Queue, "id" | "workingHours" | "firstResponseMinutes">,
): Promise<TicketWait> {
  return waitFrom(await waitFacts(db, ticket), ticket, now, settings, known);
}

/** ticketWait from the facts already read. */
function waitFrom(
  row: WaitFacts | undefined,
  ticket: Pick<Ticket, "queueId" | "assigneeId" | "firstRespondedAt">,
  now: Date,
  settings: Pick<DeskSettings, "deskTimeZone">,
  known?: Pick<Queue, "id" | "workingHours" | "firstResponseMinutes">,
): TicketWait {
  const queue = known ?? { id: ticket.queueId, workingHours: row?.hours ?? null, firstResponseMinutes: row?.first ?? 15 };
  const timeZone = settings.deskTimeZone ?? "UTC";
  const hours = hoursOf(queue);
  const opensAt = nextOpening(hours, now, timeZone);
  // Everyone unanswered ahead in the queue counts for the estimate, held by someone or not.
  const eta = ticket.firstRespondedAt ? 0 : etaFrom(row, queue.firstResponseMinutes);
  const untilOpen = opensAt ? Math.ceil((opensAt.getTime() - now.getTime()) / 60_000) : 0;
  const waiting = ticket.assigneeId === null && !ticket.firstRespondedAt;
  return { place: waiting ? (row?.ahead ?? 0) + 1 : null, agentsOnDuty: row?.agents ?? 0, opensAt, hours, timeZone, etaMinutes: untilOpen + eta };
}

/** "Mon 09:00 GMT+2" in the customer's language and time zone. */
export function formatWhen(at: Date, language: string, timeZone: string): string {
  const opts: Intl.DateTimeFormatOptions = { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" };
  try {
    return new Intl.DateTimeFormat(language, { ...opts, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat("en", { ...opts, timeZone: "UTC" }).format(at);
  }
}

/** Which receipt the customer gets: an agent has it, in line with people on duty, nobody on duty, or after hours. */
function receiptFor(
  ticket: Pick<Ticket, "assigneeId">,
  wait: TicketWait,
  customer: { languageCode: string; timeZone: string },
): { key: string; vars: Record<string, string> } {
  const place = String(wait.place ?? 1);
  if (wait.opensAt) {
    return {
      key: "ticket-receipt-after-hours",
      vars: { place, when: formatWhen(wait.opensAt, customer.languageCode, customer.timeZone), hours: `${formatWorkingHours(wait.hours)} (${wait.timeZone})` },
    };
  }
  if (ticket.assigneeId !== null) return { key: "ticket-receipt", vars: {} };
  if (wait.agentsOnDuty === 0) return { key: "ticket-receipt-nobody-on-duty", vars: { place } };
  return { key: "ticket-receipt-in-line", vars: { place } };
}

export interface AppendInput {
  ticketId: number;
  text: string;
  attachments?: Attachment[];
  telegram?: TelegramRef;
}

export interface AppendResult {
  message: TicketMessage;
  /** False when this exact Telegram message (or album) was already stored. */
  created: boolean;
  /** The first follow-up in a while: worth telling the customer where the message went. */
  worthTelling: boolean;
}

const QUIET_BEFORE_NOTICE_MS = 10 * 60_000;
/** Telegram sends an album's parts as separate updates within a moment of each other. */
export const ALBUM_WAIT_MS = 2_000;

export async function appendCustomerMessage(deps: TicketDeps, input: AppendInput): Promise<AppendResult> {
  const now = deps.clock.now();
  const text = storedText(input.text, MAX_TEXT);
  return deps.db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: input.ticketId }, include: { queue: { select: { warnBeforeMinutes: true } } } });
    if (!ticket) throw new NotFoundError("ticket", { ticketId: input.ticketId });
    const tg = input.telegram;
    if (tg) {
      const same = await tx.ticketMessage.findUnique({
        where: { telegramChatId_telegramMessageId: { telegramChatId: tg.chatId, telegramMessageId: tg.messageId } },
      });
      if (same) return { message: same, created: false, worthTelling: false };
      if (tg.mediaGroupId) {
        // The other parts of an album arrive as separate updates: they join the first one.
        const album = await tx.ticketMessage.findFirst({ where: { ticketId: ticket.id, mediaGroupId: tg.mediaGroupId } });
        if (album) {
          const merged = await tx.ticketMessage.update({
            where: { id: album.id },
            data: {
              attachments: [...(album.attachments as Attachment[]), ...(input.attachments ?? [])],
              text: album.text || text,
            },
          });
          // The agent's copy of the album is still waiting for its other parts: this one joins it.
          const agent = ticket.assigneeId === null ? null : await tx.staffMember.findUnique({ where: { id: ticket.assigneeId } });
          if (agent?.active && input.attachments?.length) {
            const joined = await deps.notifier.addToPendingAlbum(tx, agent.telegramId, { kind: "agent-copy", sourceMessageId: album.id }, input.attachments);
            if (!joined) {
              const full = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { customer: true, queue: true } });
              await sendCustomerCopyToAgent(deps, tx, full, agent, "staff-customer-message", { text, attachments: input.attachments, id: album.id });
            }
          }
          return { message: merged, created: false, worthTelling: false };
        }
      }
    }
    const message = await tx.ticketMessage.create({
      data: {
        ticketId: ticket.id,
        author: "customer",
        text,
        attachments: input.attachments ?? [],
        telegramChatId: tg?.chatId ?? null,
        telegramMessageId: tg?.messageId ?? null,
        mediaGroupId: tg?.mediaGroupId ?? null,
        createdAt: now,
      },
    });
    // Tell the customer where a message went once per burst, not after every line they send.
    const recentFollowUps = await tx.ticketEvent.count({
      where: {
        ticketId: ticket.id,
        type: { in: ["customer-message", "customer-replied"] },
        createdAt: { gt: new Date(now.getTime() - QUIET_BEFORE_NOTICE_MS) },
      },
    });
    const wasWaiting = ticket.status === "waiting_customer";
    const changes = { lastCustomerMessageAt: now, ...(wasWaiting ? resumeClock(ticket, now) : {}) };
    const after = { ...slaStateOf(ticket), ...changes };
    await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        ...changes,
        nextSlaCheckAt: nextSlaCheck(after, slaTimings(ticket.queue, deps.settings), now),
      },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: wasWaiting ? "customer-replied" : "customer-message",
        actorType: "customer",
        actorId: ticket.customerId,
        data: { messageId: message.id },
        createdAt: now,
      },
    });
    const fired = await applyCustomRules(deps, tx, "customer-message", ticket.id, text, now);
    // A rule may have moved the ticket (its new holder was then briefed with the whole conversation).
    const assigneeId = fired.length ? (await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).assigneeId : ticket.assigneeId;
    if (assigneeId !== null && !(fired.length && assigneeId !== ticket.assigneeId)) {
      // Customer answers flow back to the agent who holds the ticket, ready to reply to.
      const [agent, full] = await Promise.all([
        tx.staffMember.findUnique({ where: { id: assigneeId } }),
        tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { customer: true, queue: true } }),
      ]);
      if (agent?.active) {
        await sendCustomerCopyToAgent(deps, tx, full, agent, "staff-customer-message", {
          text,
          attachments: input.attachments ?? [],
          id: message.id,
          // The first part of an album waits a moment in the outbox for the others to join it.
          ...(tg?.mediaGroupId && input.attachments?.length ? { albumDelayMs: ALBUM_WAIT_MS } : {}),
        });
      }
    }
    return { message, created: true, worthTelling: recentFollowUps === 0 };
  });
}

/** Waiting for the customer paused the resolution clock; their answer restarts it where it was. */
function resumeClock(ticket: Ticket, now: Date) {
  const pausedFor = ticket.pausedAt ? now.getTime() - ticket.pausedAt.getTime() : 0;
  return {
    status: "in_progress" as const,
    pausedAt: null,
    resolutionDueAt: ticket.resolutionDueAt ? new Date(ticket.resolutionDueAt.getTime() + pausedFor) : null,
  };
}

export async function recordMessageEdit(deps: TicketDeps, ref: { chatId: bigint; messageId: number }, text: string): Promise<TicketMessage | null> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const message = await tx.ticketMessage.findUnique({
      where: { telegramChatId_telegramMessageId: { telegramChatId: ref.chatId, telegramMessageId: ref.messageId } },
    });
    if (!message) return null;
    const updated = await tx.ticketMessage.update({
      where: { id: message.id },
      data: { text: storedText(text, MAX_TEXT), editedAt: now },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: message.ticketId,
        type: "message-edited",
        actorType: message.author,
        data: { messageId: message.id, before: message.text },
        createdAt: now,
      },
    });
    if (message.author === "customer") await showCustomerEdit(deps, tx, updated);
    return updated;
  });
}

/**
 * A customer edited a message of an open ticket: the agent who holds it sees the new words, as a
 * reply to their copy of the message when there is one (edits are not silent changes to history).
 */
async function showCustomerEdit(deps: TicketDeps, tx: DbClient, message: TicketMessage) {
  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: message.ticketId }, include: { customer: true } });
  if (!isOpenStatus(ticket.status) || ticket.assigneeId === null) return;
  const agent = await tx.staffMember.findUnique({ where: { id: ticket.assigneeId } });
  if (!agent?.active) return;
  const [copy] = await deps.notifier.deliveries(tx, { chatId: agent.telegramId, kind: "agent-copy", sourceMessageId: message.id, sent: true });
  await deps.notifier.sendContent(
    tx,
    { telegramId: agent.telegramId, languageCode: agent.languageCode },
    {
      template: {
        key: "staff-customer-edited",
        vars: { number: String(ticket.number), name: ticket.customer.firstName, text: maskPersonalData(message.text) },
      },
    },
    { ticketId: ticket.id, kind: "agent-copy", sourceMessageId: message.id, ...(copy?.telegramMessageId ? { replyToMessageId: copy.telegramMessageId } : {}) },
  );
}

export async function reopenTicket(deps: TicketDeps, ticketId: number, customerId: number): Promise<Ticket> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { id: ticketId, customerId } });
    if (!ticket) throw new NotFoundError("ticket", { ticketId });
    if (isOpenStatus(ticket.status)) return ticket;
    const queue = await tx.queue.findUniqueOrThrow({ where: { id: ticket.queueId } });
    // A reopened ticket gets a fresh resolution clock from its queue's policy.
    const resolutionDueAt = queue.resolutionMinutes === null ? null : new Date(now.getTime() + queue.resolutionMinutes * 60_000);
    const changes = {
      status: "in_progress" as const,
      resolvedAt: null,
      closedAt: null,
      pausedAt: null,
      resolutionDueAt,
      resolutionWarnedAt: null,
      resolutionBreachedAt: null,
    };
    const reopened = await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        ...changes,
        nextSlaCheckAt: nextSlaCheck({ ...slaStateOf(ticket), ...changes }, slaTimings(queue, deps.settings), now),
      },
    });
    await tx.ticketEvent.create({
      data: { ticketId, type: "reopened", actorType: "customer", actorId: customerId, data: { from: ticket.status }, createdAt: now },
    });
    return reopened;
  });
}

/** The customer's newest open ticket. */
export function findActiveTicket(db: DbClient, customerId: number) {
  return db.ticket.findFirst({
    where: { customerId, status: { in: [...OPEN_STATUSES] } },
    orderBy: { createdAt: "desc" },
  });
}

export type TicketFilter = "open" | "waiting" | "resolved" | "all";

export function listCustomerTickets(db: DbClient, customerId: number, filter: TicketFilter = "all", take = 20) {
  const status =
    filter === "open"
      ? { in: ACTIVE_STATUSES }
      : filter === "waiting"
        ? { in: ["waiting_customer"] as const }
        : filter === "resolved"
          ? { in: DONE_STATUSES }
          : undefined;
  return db.ticket.findMany({
    where: { customerId, ...(status ? { status: { in: [...status.in] } } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    include: { queue: { select: { code: true, name: true } } },
  });
}

/** A customer sees only their own tickets: asking for another's is "not found", not "forbidden". */
export async function getCustomerTicket(db: DbClient, customerId: number, number: number) {
  const ticket = await db.ticket.findFirst({
    where: { number, customerId },
    include: { queue: { select: { code: true, name: true } } },
  });
  if (!ticket) throw new NotFoundError("ticket", { number });
  return ticket;
}

/**
 * Minutes until a first answer as of now, from the ticket's place in its queue: the ETA on the
 * receipt was a forecast; this one follows the queue as it moves.
 */
export async function currentEtaMinutes(
  db: DbClient,
  ticket: Pick<Ticket, "id" | "queueId" | "queueRank" | "createdAt" | "firstRespondedAt">,
): Promise<number | null> {
  if (ticket.firstRespondedAt) return null;
  const row = await waitFacts(db, ticket);
  return etaFrom(row, row?.first ?? 15);
}

/**
 * A customer writes in one of their own tickets from the Mini App: a resolved or closed ticket
 * opens again, as it does when they write to the bot.
 */
export async function customerWritesToTicket(
  deps: TicketDeps,
  ticket: Pick<Ticket, "id" | "status">,
  customerId: number,
  input: { text: string; attachments?: Attachment[] },
): Promise<TicketMessage> {
  if (!isOpenStatus(ticket.status)) await reopenTicket(deps, ticket.id, customerId);
  const { message } = await appendCustomerMessage(deps, { ticketId: ticket.id, text: input.text, attachments: input.attachments ?? [] });
  return message;
}

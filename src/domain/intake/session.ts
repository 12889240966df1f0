import type { Logger } from "pino";
import type { DbClient, Prisma } from "../../db/index.js";
import type { Customer } from "../../db/generated/client.js";
import { escapeHtml } from "../../i18n/index.js";
import { recordConsent } from "../customers/customers.js";
import { recordSelfService, searchKb } from "../kb/search.js";
import type { NoticeButton, Notice } from "../notifications.js";
import { ConsentRequiredError, ValidationError } from "../shared/errors.js";
import { appendCustomerMessage, findActiveTicket, openTicket, reopenTicket, type TicketDeps } from "../tickets/tickets.js";
import type { Topic } from "../classification/topics.js";
import { newIntake, prompt, step, type IntakeEvent, type IntakeServices, type IntakeState, type KbAnswer, type Say, type StepResult } from "./flow.js";
import { encode } from "../callback-data.js";

// The intake's state lives in PostgreSQL, one row per customer, written in one transaction with the
// replies it produced (into the outbox) and the id of the update that produced them. A replayed
// update (after a crash, or Telegram sending it twice) finds its id already applied and changes
// nothing; an update whose transaction never committed is simply applied again.

export interface IntakeDeps extends TicketDeps {
  handoffAfterUnmatched: number;
  /** An intake untouched this long has been left: it ends (and becomes a ticket when it can). */
  idleMinutes: number;
  log?: Logger;
}

/** A customer's intake as stored: where it is, the last update applied, and when it last moved. */
export interface IntakeSession {
  chatId: bigint;
  state: IntakeState;
  lastUpdateId: bigint;
  updatedAt: Date;
}

export async function readSession(db: DbClient, customerId: number): Promise<IntakeSession | null> {
  const row = await db.intakeSession.findUnique({ where: { customerId } });
  return row ? { chatId: row.chatId, state: row.state as unknown as IntakeState, lastUpdateId: row.lastUpdateId, updatedAt: row.updatedAt } : null;
}

/** Whether the customer is in the middle of the intake (an idle one counts as finished). */
export async function activeIntake(deps: IntakeDeps, customerId: number): Promise<IntakeState | null> {
  const row = await readSession(deps.db, customerId);
  if (!row || isIdle(deps, row)) return null;
  return row.state;
}

/** Left alone longer than the limit: the intake has ended, whether or not the sweep has got to it. */
export function isIdle(deps: IntakeDeps, row: IntakeSession): boolean {
  return deps.clock.now().getTime() - row.updatedAt.getTime() > deps.idleMinutes * 60_000;
}

function services(deps: IntakeDeps, lang: string): IntakeServices {
  return {
    handoffAfterUnmatched: deps.handoffAfterUnmatched,
    async bestAnswers(query, limit): Promise<KbAnswer[]> {
      const hits = await searchKb(deps.db, query, lang, limit);
      // Titles and snippets go into HTML messages: escaped here, matched words in bold.
      return hits.map((h) => ({
        id: h.id,
        slug: h.slug,
        title: escapeHtml(h.title),
        snippet: escapeHtml(h.snippet).replace(/«([^«»]*)»/g, "<b>$1</b>"),
        confident: h.confident,
        otherLanguage: h.otherLanguage,
      }));
    },
  };
}

export interface IntakeInput {
  customer: Customer;
  chatId: bigint;
  updateId: number;
  event: IntakeEvent;
  /** Begin a new flow even when one is under way (/start). */
  restart?: boolean;
  /** A ticket resolved recently that a first message may be about. */
  resolved?: { id: number; number: number } | null;
  /** A greeting (i18n key) said as the first lines of the first reply; it gets the customer's name. */
  greeting?: string;
  /** Notes (i18n keys) said first, each its own message, before anything the step does (a receipt included). */
  notes?: string[];
}

export type IntakeOutcome = "continues" | "ended" | "replayed" | "ticket";

/**
 * Applies one thing the customer did to their intake, exactly once: starts a flow when none is
 * under way, moves it on, performs what the step decided (consent, a reopened or new ticket) and
 * saves the new state together with the replies.
 */
export async function handleIntake(deps: IntakeDeps, input: IntakeInput): Promise<IntakeOutcome> {
  return applyToSession(deps, input, await readSession(deps.db, input.customer.id));
}

/** handleIntake on the customer's session as already read (null: none), for callers that read it to decide. */
export async function applyToSession(deps: IntakeDeps, input: IntakeInput, session: IntakeSession | null): Promise<IntakeOutcome> {
  const { customer } = input;
  let row = session;
  if (row && BigInt(input.updateId) <= row.lastUpdateId) return "replayed";
  const notes = input.notes ?? [];
  if (notes.length) {
    await deps.db.$transaction(async (tx) => {
      for (const key of notes) await deps.notifier.send(tx, customer, { key, vars: {} });
    });
  }
  const say: Say[] = [];
  if (row && isIdle(deps, row)) {
    await endLeftIntake(deps, customer, row);
    row = null;
  }

  let state: IntakeState;
  let event = input.event;
  if (!row && !input.restart && event.kind === "press") {
    // A button of a flow that already became a ticket: that ticket is where words go now.
    const open = await findActiveTicket(deps.db, customer.id);
    if (open) {
      await save(deps, customer, input, null, [{ key: "intake-already-filed", vars: { number: String(open.number) } }]);
      return "ended";
    }
  }
  if (!row || input.restart) {
    state = newIntake({ updateId: input.updateId, hasConsent: customer.consentAt !== null, resolved: input.resolved ?? null });
    if (event.kind === "press") {
      // A button from a flow that has ended (stopped, finished, or left for too long): the choice
      // on it still counts where it can; otherwise the customer is shown where to begin.
      const action = event.action;
      if (action.startsWith("topic-")) event = { kind: "start", topic: action.slice(6) as Topic };
      else if (action === "consent-yes" && customer.consentAt === null) state.step = { at: "consent" };
      else {
        state.step = { at: customer.consentAt ? "topic" : "consent" };
        await save(deps, customer, input, state, [{ ...prompt(state), preface: "intake-ended-start-again" }]);
        return "continues";
      }
    }
  } else {
    state = row.state;
  }

  const result = await step(state, event, services(deps, customer.languageCode));
  say.push(...result.say);
  if (input.greeting && say[0]) say[0] = { ...say[0], preface: input.greeting, vars: { ...say[0].vars, name: customer.firstName } };
  const outcome = await perform(deps, customer, input, result, say, row !== null);
  return outcome;
}

/** `stored`: the customer has a session row (which a finished intake deletes). */
async function perform(deps: IntakeDeps, customer: Customer, input: IntakeInput, result: StepResult, say: Say[], stored: boolean): Promise<IntakeOutcome> {
  let state = result.state;
  let outcome: IntakeOutcome = state ? "continues" : "ended";
  for (const effect of result.effects) {
    switch (effect.kind) {
      case "consent":
        await recordConsent(deps.db, deps.clock, customer.id, effect.given);
        customer = { ...customer, consentAt: effect.given ? deps.clock.now() : null };
        break;
      case "self-service":
        await recordSelfService(deps.db, {
          customerId: customer.id,
          articleId: effect.articleId,
          query: effect.query,
          solved: effect.solved,
          at: deps.clock.now(),
        });
        break;
      case "reopen":
        await reopenTicket(deps, effect.ticketId, customer.id);
        if (effect.text || effect.attachments.length) {
          await appendCustomerMessage(deps, {
            ticketId: effect.ticketId,
            text: effect.text,
            attachments: effect.attachments,
            ...(effect.messageId ? { telegram: { chatId: input.chatId, messageId: effect.messageId } } : {}),
          });
        }
        break;
      case "open-ticket":
        try {
          await openTicket(deps, {
            customerId: customer.id,
            customer,
            topic: effect.topic,
            text: effect.text,
            attachments: effect.attachments,
            handoff: effect.handoff,
            source: "bot",
            idempotencyKey: `tg:${input.chatId}:${state?.originUpdateId ?? input.updateId}`,
            ...(state?.originMessageId ? { telegram: { chatId: input.chatId, messageId: state.originMessageId } } : {}),
            // The intake ends with the ticket, in its transaction: never a ticket with the
            // conversation still under way, never the conversation gone without its ticket.
            ...(stored ? { alsoInTransaction: (tx: DbClient) => deleteSession(tx, customer.id) } : {}),
          });
          // The receipt (and any hand-off notice) was written to the outbox with the ticket.
          state = null;
          stored = false;
          outcome = "ticket";
        } catch (err) {
          if (err instanceof ConsentRequiredError && state) {
            state = { ...state, step: { at: "consent" } };
            say.push(prompt(state));
          } else if (err instanceof ValidationError && state) {
            // Nothing usable to file: a question, never a retry loop.
            state = { ...state, step: { at: "describe" } };
            say.push(prompt(state));
          } else {
            // Only a real failure (the database away) offers Try again; everything said is kept.
            deps.log?.error({ err, customerId: customer.id }, "could not open a ticket; the request is kept for a retry");
            if (state) say.push(prompt({ ...state, step: { at: "retry" } }));
          }
        }
        break;
    }
  }
  // A one-shot message that became a ticket: nothing stored, nothing left to say or delete.
  if (state || say.length || stored) await save(deps, customer, input, state, say);
  return outcome;
}

function deleteSession(tx: DbClient, customerId: number) {
  return tx.$executeRaw`DELETE FROM intake_sessions WHERE customer_id = ${customerId}`;
}

/** Several short notes in a row ride on the next message as its first lines: one message, not three. */
function merge(say: Say[]): Say[] {
  const out: Say[] = [];
  for (const s of say) {
    const prev = out.at(-1);
    if (prev && !prev.buttons && !prev.preface && !prev.markup && !s.preface) {
      // The note's variables travel with it (their names do not clash: one key each).
      out[out.length - 1] = {
        ...s,
        preface: prev.key,
        ...(prev.vars || s.vars ? { vars: { ...prev.vars, ...s.vars } } : {}),
        ...(prev.localized || s.localized ? { localized: { ...prev.localized, ...s.localized } } : {}),
      };
    } else out.push(s);
  }
  return out;
}

function toNotice(s: Say): Notice {
  const buttons = s.buttons?.map((row) =>
    row.map((b): NoticeButton =>
      "article" in b
        ? { kind: "webapp", label: b.label, path: `/kb/${b.article}`, fallbackData: encode({ kind: "article", slug: b.article }) }
        : { kind: "callback", label: b.label, data: encode({ kind: "intake", action: b.action }) },
    ),
  );
  const vars: Record<string, string | number> = { ...s.vars };
  for (const row of s.buttons ?? []) for (const b of row) if ("vars" in b && b.vars) Object.assign(vars, b.vars);
  return {
    key: s.key,
    ...(s.preface ? { preface: s.preface } : {}),
    vars,
    ...(s.localized ? { localizedVars: s.localized } : {}),
    ...(s.markup ? { markup: s.markup } : {}),
    ...(buttons ? { buttons } : {}),
  };
}

async function save(deps: IntakeDeps, customer: Customer, input: IntakeInput, state: IntakeState | null, say: Say[]): Promise<void> {
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    if (state) {
      const data = { chatId: input.chatId, state: state as unknown as Prisma.InputJsonValue, lastUpdateId: BigInt(input.updateId), updatedAt: now };
      await tx.intakeSession.upsert({ where: { customerId: customer.id }, create: { customerId: customer.id, createdAt: now, ...data }, update: data });
    } else {
      await deleteSession(tx, customer.id);
    }
    for (const s of merge(say)) await deps.notifier.send(tx, customer, toNotice(s));
  });
}

/** /cancel: the flow ends, nothing is filed. Returns whether there was one. */
export async function cancelIntake(deps: IntakeDeps, customerId: number): Promise<boolean> {
  const row = await readSession(deps.db, customerId);
  if (!row) return false;
  await deps.db.intakeSession.deleteMany({ where: { customerId } });
  return !isIdle(deps, row);
}

/** After a command in the middle of the intake: the question still waiting is said again. */
export async function remindPendingQuestion(deps: IntakeDeps, customer: Customer): Promise<void> {
  const state = await activeIntake(deps, customer.id);
  if (!state) return;
  await deps.db.$transaction((tx) => deps.notifier.send(tx, customer, toNotice({ ...prompt(state), preface: "intake-still-waiting" })));
}

/**
 * An intake left half-way: a customer who has described a problem gets a ticket (marked as filed
 * from an unfinished conversation, and told so); one who said nothing usable is let go quietly.
 */
export async function endIdleIntake(deps: IntakeDeps, customerId: number): Promise<"ticket" | "dropped"> {
  const row = await deps.db.intakeSession.findUnique({ where: { customerId }, include: { customer: true } });
  if (!row) return "dropped";
  return endLeftIntake(deps, row.customer, {
    chatId: row.chatId,
    state: row.state as unknown as IntakeState,
    lastUpdateId: row.lastUpdateId,
    updatedAt: row.updatedAt,
  });
}

async function endLeftIntake(deps: IntakeDeps, customer: Pick<Customer, "id" | "consentAt">, row: IntakeSession): Promise<"ticket" | "dropped"> {
  const customerId = customer.id;
  const state = row.state;
  const text = state.parts.join("\n\n").trim();
  const described = /[\p{L}\p{N}]/u.test(text) || state.attachments.length > 0;
  if (described && customer.consentAt) {
    try {
      await openTicket(deps, {
        customerId,
        topic: state.topic ?? "other",
        text,
        attachments: state.attachments,
        handoff: state.handoff,
        source: "bot",
        unfinished: true,
        idempotencyKey: `tg:${row.chatId}:${state.originUpdateId}`,
        ...(state.originMessageId ? { telegram: { chatId: row.chatId, messageId: state.originMessageId } } : {}),
      });
    } catch (err) {
      deps.log?.error({ err, customerId }, "could not file an unfinished intake; it stays for the next sweep");
      return "dropped";
    }
    await deps.db.intakeSession.deleteMany({ where: { customerId } });
    return "ticket";
  }
  await deps.db.intakeSession.deleteMany({ where: { customerId } });
  return "dropped";
}

/** The periodic sweep: every intake idle longer than the limit ends. */
export async function sweepIdleIntakes(deps: IntakeDeps, limit = 200): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.idleMinutes * 60_000);
  const idle = await deps.db.intakeSession.findMany({
    where: { updatedAt: { lt: cutoff } },
    select: { customerId: true },
    take: limit,
    orderBy: { updatedAt: "asc" },
  });
  let filed = 0;
  for (const { customerId } of idle) if ((await endIdleIntake(deps, customerId)) === "ticket") filed++;
  return filed;
}

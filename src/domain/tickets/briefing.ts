import type { DbClient } from "../../db/index.js";
import type { StaffMember } from "../../db/generated/client.js";
import type { Notifier, Recipient } from "../notifications.js";
import { maskPersonalData } from "../privacy/mask.js";
import type { Attachment } from "./types.js";

// What an agent who receives a ticket (taken, handed over, moved to their queue) is shown: the
// whole conversation so far, masked, so nobody has to ask the customer to repeat themselves.

/** Room for the transcript in one Telegram message, next to the card's own lines. */
const TRANSCRIPT_LIMIT = 3000;
/** Telegram takes at most ten files in one album. */
const MAX_FILES = 10;

export interface Conversation {
  /** Lines "Name: text" oldest first; the middle is cut when it is long (the start and the latest stay). */
  text: string;
  /** Messages in it (internal notes included). */
  count: number;
  /** The customer's files, newest ten. */
  attachments: Attachment[];
}

export const staffRecipient = (a: Pick<StaffMember, "telegramId" | "languageCode">): Recipient => ({ telegramId: a.telegramId, languageCode: a.languageCode });

export async function conversationSoFar(tx: DbClient, ticket: { id: number; customer: { firstName: string } }): Promise<Conversation> {
  const messages = await tx.ticketMessage.findMany({
    where: { ticketId: ticket.id, held: false },
    orderBy: { id: "asc" },
    include: { staff: { select: { displayName: true } } },
  });
  const files: Attachment[] = [];
  const lines = messages.map((m) => {
    const attached = (m.attachments as Attachment[] | null) ?? [];
    if (m.author === "customer") files.push(...attached);
    const clip = attached.length ? ` 📎${attached.length}` : "";
    const text = maskPersonalData(m.text).replace(/\s+/g, " ").trim();
    if (m.author === "customer") return `${ticket.customer.firstName}: ${text}${clip}`;
    if (m.author === "staff") return `${m.internal ? "📝" : "🎧"} ${m.staff?.displayName ?? "support"}: ${text}${clip}`;
    return `🤖 ${text}${clip}`;
  });
  return { text: clipMiddle(lines, TRANSCRIPT_LIMIT), count: messages.length, attachments: files.slice(-MAX_FILES) };
}

function clipMiddle(lines: string[], limit: number): string {
  const all = lines.join("\n");
  if (all.length <= limit) return all;
  const first = lines[0]!.slice(0, limit / 3);
  const tail: string[] = [];
  let room = limit - first.length - 4;
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i]!.length > room ? `…${lines[i]!.slice(-(room - 1))}` : lines[i]!;
    if (room <= 1) break;
    tail.unshift(line);
    room -= line.length + 1;
  }
  return [first, "…", ...tail].join("\n");
}

/**
 * Tells an agent about a ticket with the conversation so far, as a message they can reply to.
 * `key` gets number, name, queue and text (the transcript).
 */
export async function briefAgent(
  deps: { notifier: Notifier },
  tx: DbClient,
  ticket: { id: number; number: number; queue: { code: string }; customer: { firstName: string } },
  agent: Pick<StaffMember, "telegramId" | "languageCode">,
  key: string,
  extra: Record<string, string> = {},
  buttons?: Array<Array<{ kind: "callback"; label: string; data: string }>>,
): Promise<void> {
  const conversation = await conversationSoFar(tx, ticket);
  await deps.notifier.sendContent(
    tx,
    staffRecipient(agent),
    {
      template: { key, vars: { number: String(ticket.number), name: ticket.customer.firstName, queue: ticket.queue.code, text: conversation.text, ...extra } },
      // A card with a Take button stays one text message (it is edited once taken); files come with the take.
      ...(buttons ? { buttons } : { attachments: conversation.attachments }),
    },
    { ticketId: ticket.id, kind: buttons ? "ticket-card" : "agent-copy" },
  );
}

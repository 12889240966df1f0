import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { ATTACHMENT_CAPTION_MAX, newMessage } from "../../../src/api/contracts";
import { getMessagesAfter, getTicket, rateTicket, sendMessage, toApiError, uploadAttachment, type Message, type TicketDetail } from "../api";
import { Attachment } from "../components/Attachment";
import { Icon } from "../components/Icon";
import { FilePicker, takeUploadFailure } from "../components/FilePicker";
import { errorMessage, LoadError, Loading } from "../components/Status";
import { OPEN_STATUSES, StatusBadge, Time, TicketTiming } from "../components/TicketBits";
import { issueText } from "../forms";
import { usePolling, useResource } from "../hooks";
import { useT } from "../i18n";
import { Link } from "../router";
import { hapticImpact, hapticNotify } from "../telegram";

/** New replies are fetched this often while the page is visible. */
const POLL_MS = 3_000;
/** Every this many polls the ticket itself (status, rating, ETA) is fetched again. */
const DETAIL_EVERY = 3;

type Loaded = TicketDetail & { fetchedAt: number };

function mergeMessages(current: Message[], incoming: Message[]): Message[] {
  if (!incoming.length) return current;
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function MessageItem({ message }: { message: Message }) {
  const t = useT();
  const side = message.author === "customer" ? "out" : message.author === "system" ? "center" : "in";
  const author =
    message.author === "customer"
      ? t("msg-you")
      : message.author === "staff"
        ? (message.agentName ?? t("msg-support"))
        : message.author === "bot"
          ? t("msg-bot")
          : t("msg-system");
  return (
    <li className={`msg msg-${side}`} data-testid="message" data-author={message.author} data-id={message.id}>
      <div className="msg-bubble">
        <p className={message.author === "customer" ? "msg-author visually-hidden" : "msg-author"}>
          <bdi>{author}</bdi>
          {message.author === "staff" && message.agentName ? <span className="msg-role"> · {t("msg-support")}</span> : null}
        </p>
        {message.text ? (
          <p className="msg-text" dir="auto">
            {message.text}
          </p>
        ) : null}
        {message.attachments.map((a, i) => (
          <Attachment key={i} attachment={a} authorLabel={author} />
        ))}
        <p className="msg-time">
          <Time iso={message.createdAt} />
          {message.editedAt ? <span> · {t("msg-edited")}</span> : null}
        </p>
      </div>
    </li>
  );
}

function Rating({ number, current, onRated }: { number: number; current: number | null; onRated: (csat: number) => void }) {
  const t = useT();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: "thanks" | "error"; text: string } | null>(null);

  const rate = async (csat: number) => {
    setBusy(true);
    setStatus(null);
    hapticImpact("medium");
    try {
      await rateTicket(number, csat);
      onRated(csat);
      hapticNotify("success");
      setStatus({ kind: "thanks", text: t("rate-thanks", { csat }) });
    } catch (error) {
      hapticNotify("error");
      setStatus({ kind: "error", text: errorMessage(t, toApiError(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card rating" aria-labelledby={titleId} data-testid="rating">
      <h2 id={titleId}>{t("rate-title")}</h2>
      <p className="subtitle">{t("rate-hint")}</p>
      <div className="rating-buttons" role="group" aria-labelledby={titleId}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            className="rating-button"
            aria-pressed={current !== null && n <= current}
            aria-label={t("rate-value", { csat: n })}
            data-testid={`rate-${n}`}
            disabled={busy}
            onClick={() => void rate(n)}
          >
            <Icon name="star" filled={current !== null && n <= current} className="icon rating-star" />
          </button>
        ))}
      </div>
      <p role="status" className={status?.kind === "error" ? "form-error" : "rating-status"} data-testid="rating-status">
        {status?.text ?? (current !== null ? t("rate-current", { csat: current }) : "")}
      </p>
    </section>
  );
}

function ReplyForm({
  number,
  reopens,
  inputRef,
  onSent,
}: {
  number: number;
  reopens: boolean;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onSent: (message: Message) => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [file, setFile] = useState<File | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (file) {
      // With a file the text is its caption, and may be empty.
      const caption = text.trim();
      if (caption.length > ATTACHMENT_CAPTION_MAX) {
        setError(t("attach-caption-too-long", { max: ATTACHMENT_CAPTION_MAX }));
        hapticNotify("error");
        inputRef.current?.focus();
        return;
      }
      setSending(true);
      setError(null);
      try {
        const message = await uploadAttachment(number, file, caption);
        setText("");
        setFile(null);
        onSent(message);
        hapticNotify("success");
      } catch (err) {
        setError(errorMessage(t, toApiError(err)));
        hapticNotify("error");
      } finally {
        setSending(false);
      }
      return;
    }
    const parsed = newMessage.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues.map((issue) => issueText(t, issue)).join(" "));
      hapticNotify("error");
      inputRef.current?.focus();
      return;
    }
    setSending(true);
    setError(null);
    try {
      const message = await sendMessage(number, parsed.data.text);
      setText("");
      onSent(message);
      hapticNotify("success");
    } catch (err) {
      setError(errorMessage(t, toApiError(err)));
      hapticNotify("error");
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="reply-form card" onSubmit={submit} noValidate data-testid="reply-form">
      <label htmlFor={`${id}-text`} className="label">
        {t("reply-label")}
      </label>
      {reopens ? (
        <p className="hint" id={`${id}-hint`}>
          {t("reply-reopens")}
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        ref={inputRef}
        className="input"
        rows={3}
        value={text}
        maxLength={4000}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[reopens ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ")}
        placeholder={t("reply-placeholder")}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      />
      <p id={`${id}-error`} className="form-error" role="alert" data-testid="reply-error">
        {error ?? ""}
      </p>
      <FilePicker file={file} onChange={setFile} disabled={sending} label={t("attach-file")} testId="reply-file" />
      <button type="submit" className="button" disabled={sending} data-testid="reply-send">
        {sending ? (file ? t("attach-uploading") : t("reply-sending")) : file ? t("attach-send") : t("reply-send")}
      </button>
    </form>
  );
}

export function TicketPage({ number }: { number: number }) {
  const t = useT();
  const { state, reload, set } = useResource<Loaded>(async (signal) => ({ ...(await getTicket(number, signal)), fetchedAt: Date.now() }), [number]);
  const polls = useRef(0);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const lastCount = useRef<number | null>(null);
  // A file chosen with the new-ticket form that did not go through.
  const [uploadFailure, setUploadFailure] = useState(() => takeUploadFailure(number));

  const lastId = state.status === "ready" ? (state.data.messages.at(-1)?.id ?? 0) : 0;

  usePolling(
    async (signal) => {
      polls.current += 1;
      const incoming = await getMessagesAfter(number, lastId, signal);
      if (signal.aborted) return;
      if (incoming.length) set((d) => ({ ...d, messages: mergeMessages(d.messages, incoming) }));
      // A support message may change the status; and resolutions have no message of their own.
      if (incoming.some((m) => m.author !== "customer") || polls.current % DETAIL_EVERY === 0) reload({ quiet: true });
    },
    POLL_MS,
    state.status === "ready",
  );

  // Keep the newest message in view when one arrives and the reader is at the bottom.
  const count = state.status === "ready" ? state.data.messages.length : null;
  useEffect(() => {
    if (count === null) return;
    const previous = lastCount.current;
    lastCount.current = count;
    if (previous === null || count <= previous) return;
    const last = listRef.current?.lastElementChild;
    const nearBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 320;
    if (last && nearBottom) last.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [count]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    return (
      <>
        <LoadError error={state.error} onRetry={() => reload()} />
        <p>
          <Link to="/">{t("ticket-back-to-list")}</Link>
        </p>
      </>
    );
  }

  const { ticket, messages } = state.data;
  const open = OPEN_STATUSES.includes(ticket.status);

  const focusReply = () => {
    replyRef.current?.focus();
    replyRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  return (
    <>
      <header className="page-header">
        <div className="header-row">
          <h1 tabIndex={-1} data-testid="ticket-title">
            {t("ticket-title", { number: String(ticket.number) })}
          </h1>
          <StatusBadge status={ticket.status} />
        </div>
        <p className="ticket-subject-large" dir="auto">
          {ticket.subject}
        </p>
        <p className="ticket-meta">
          <span>{t(`topic-${ticket.topic}`)}</span>
          <TicketTiming ticket={ticket} since={state.data.fetchedAt} />
          <span className="hint-inline">
            <Time iso={ticket.createdAt}>{(date) => t("ticket-created", { date })}</Time>
          </span>
        </p>
        {open && ticket.canReply ? (
          <button type="button" className="button button-secondary button-small" onClick={focusReply} data-testid="add-details">
            {t("ticket-add-details")}
          </button>
        ) : null}
      </header>

      {uploadFailure ? (
        <div className="notice" role="alert" data-testid="upload-failed">
          <p className="notice-title">{t("attach-failed-title")}</p>
          <p>{t("attach-failed-text", { name: uploadFailure.name })}</p>
          {uploadFailure.reason ? <p className="notice-reason">{uploadFailure.reason}</p> : null}
          <button type="button" className="button button-secondary button-small" onClick={() => setUploadFailure(null)}>
            {t("attach-failed-dismiss")}
          </button>
        </div>
      ) : null}

      {ticket.summary && !open ? (
        <section className="card summary" data-testid="summary">
          <h2>{t("ticket-summary")}</h2>
          <p className="pre-line" dir="auto">
            {ticket.summary}
          </p>
        </section>
      ) : null}

      {ticket.canRate ? (
        <Rating
          number={ticket.number}
          current={ticket.rating?.csat ?? null}
          onRated={(csat) => set((d) => ({ ...d, ticket: { ...d.ticket, rating: { csat, nps: d.ticket.rating?.nps ?? null } } }))}
        />
      ) : null}

      <section aria-labelledby="conversation-title">
        <h2 id="conversation-title" className="section-title">
          {t("ticket-conversation")}
        </h2>
        {messages.length === 0 ? <p className="subtitle">{t("ticket-no-messages")}</p> : null}
        {/* The live region is a wrapper: a list whose role is changed has no valid items. */}
        <div role="log" aria-live="polite" aria-relevant="additions" aria-labelledby="conversation-title" data-testid="conversation">
          <ol className="conversation" ref={listRef}>
            {messages.map((m) => (
              <MessageItem key={m.id} message={m} />
            ))}
          </ol>
        </div>
      </section>

      {ticket.canReply ? (
        <ReplyForm
          number={ticket.number}
          reopens={!open}
          inputRef={replyRef}
          onSent={(message) => {
            set((d) => ({ ...d, messages: mergeMessages(d.messages, [message]) }));
            if (!open) reload({ quiet: true });
          }}
        />
      ) : null}
    </>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { newTicket, TOPIC_VALUES } from "../../../src/api/contracts";
import { changeSettings, createTicket, searchKb, toApiError, uploadAttachment, type KbHit } from "../api";
import { FilePicker, UPLOAD_FAILED_KEY } from "../components/FilePicker";
import { errorMessage } from "../components/Status";
import { randomId } from "../format";
import { issuesByField } from "../forms";
import { useDebounced } from "../hooks";
import { useLanguage, useT } from "../i18n";
import { Link, navigate } from "../router";
import { Snippet } from "./KbPage";
import { useSession } from "../session";
import { hapticNotify, useMainButton } from "../telegram";

const DRAFT_KEY = "support-desk:new-ticket";
const MAX_DESCRIPTION = 4000;

interface Draft {
  topic: string;
  description: string;
  /** One Idempotency-Key per form: a double tap or a retry opens one ticket. */
  key: string;
}

function loadDraft(): Draft {
  try {
    const raw = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? "null") as Partial<Draft> | null;
    if (raw && typeof raw.key === "string") {
      return { topic: String(raw.topic ?? ""), description: String(raw.description ?? ""), key: raw.key };
    }
  } catch {
    // A broken draft is dropped.
  }
  return { topic: "", description: "", key: randomId() };
}

function saveDraft(draft: Draft | null): void {
  try {
    if (draft) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage may be unavailable; the draft then lives as long as the page.
  }
}

/** Knowledge-base articles matching what the customer is typing. */
function useSuggestions(text: string): KbHit[] {
  const language = useLanguage();
  const query = useDebounced(text.trim(), 450);
  const [hits, setHits] = useState<KbHit[]>([]);
  useEffect(() => {
    if (query.length < 10) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    searchKb(query.slice(0, 200), language, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setHits(found.slice(0, 3));
      },
      () => {
        // Suggestions are a bonus: without them the form still works.
      },
    );
    return () => controller.abort();
  }, [query, language]);
  return hits;
}

type Failure = { kind: "error"; text: string };

/**
 * Asked before the customer writes anything, inside the form, in one tap: a ticket cannot be
 * opened without consent to store the conversation, and finding that out after pressing Send
 * would waste the work.
 */
function ConsentAsk({ id, attention, onAgreed }: { id: string; attention: boolean; onAgreed: () => void }) {
  const t = useT();
  const { setMe } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const agree = async () => {
    setBusy(true);
    setError(null);
    try {
      setMe(await changeSettings({ consent: true }));
      hapticNotify("success");
      onAgreed();
    } catch (err) {
      hapticNotify("error");
      setError(errorMessage(t, toApiError(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      id={id}
      className={`card consent-ask${attention ? " needs-attention" : ""}`}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-testid="consent-ask"
    >
      <h2 id={`${id}-title`}>{t("new-consent-title")}</h2>
      <p>{t("new-consent-text")}</p>
      <button type="button" className="button button-small" onClick={() => void agree()} disabled={busy} data-testid="consent-agree">
        {t("new-consent-agree")}
      </button>
      <p className="hint">{t("new-consent-later")}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

export function NewTicketPage() {
  const t = useT();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const topicRef = useRef<HTMLSelectElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [validated, setValidated] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const suggestions = useSuggestions(draft.description);
  const { me } = useSession();
  // The server is the judge (403 consent_required); the profile tells us before we ask it.
  const [consentRefused, setConsentRefused] = useState(false);
  const needsConsent = me.settings.consentAt === null || consentRefused;
  const [consentAttention, setConsentAttention] = useState(false);
  const [agreedNow, setAgreedNow] = useState(false);

  useEffect(() => saveDraft(draft), [draft]);

  const validate = (next: Draft) => {
    const parsed = newTicket.safeParse({ topic: next.topic, description: next.description });
    setErrors(parsed.success ? {} : issuesByField(t, parsed.error.issues));
    return parsed;
  };

  const update = (change: Partial<Draft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    // After the first attempt, errors follow the typing.
    if (validated) validate(next);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (submitting) return;
    setValidated(true);
    setFailure(null);
    const parsed = validate(draft);
    if (!parsed.success) {
      hapticNotify("error");
      const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      (fields.has("topic") ? topicRef.current : descriptionRef.current)?.focus();
      return;
    }
    if (needsConsent) {
      // Nothing is sent before the customer agreed: point at the question instead.
      hapticNotify("warning");
      setConsentAttention(true);
      const ask = document.getElementById(`${id}-consent`);
      ask?.scrollIntoView({ block: "center" });
      ask?.focus({ preventScroll: true });
      return;
    }
    setSubmitting(true);
    try {
      const ticket = await createTicket(parsed.data, draft.key);
      saveDraft(null);
      if (file) {
        setUploading(true);
        try {
          await uploadAttachment(ticket.number, file);
        } catch (error) {
          // The ticket exists: go there anyway, and tell the customer the file did not arrive.
          try {
            sessionStorage.setItem(UPLOAD_FAILED_KEY, JSON.stringify({ number: ticket.number, name: file.name, reason: errorMessage(t, toApiError(error)) }));
          } catch {
            // Without storage the ticket page simply shows no file.
          }
        }
      }
      hapticNotify("success");
      navigate(`/tickets/${ticket.number}`, { replace: true });
    } catch (error) {
      const err = toApiError(error);
      hapticNotify("error");
      if (err.status === 403 && err.code === "consent_required") {
        // Withdrawn meanwhile (another device): ask again, here.
        setConsentRefused(true);
        setConsentAttention(true);
      } else setFailure({ kind: "error", text: errorMessage(t, err) });
    } finally {
      setSubmitting(false);
      setUploading(false);
    }
  };

  useMainButton({ text: t("new-submit"), onClick: () => formRef.current?.requestSubmit(), progress: submitting });

  const describedBy = (field: string, ...more: string[]) => [...more, errors[field] ? `${id}-${field}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{t("new-title")}</h1>
        <p className="subtitle">{t("new-subtitle")}</p>
      </header>

      <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="new-ticket-form" aria-describedby={`${id}-failure`}>
        {needsConsent ? (
          <ConsentAsk
            id={`${id}-consent`}
            attention={consentAttention}
            onAgreed={() => {
              setConsentRefused(false);
              setConsentAttention(false);
              setAgreedNow(true);
            }}
          />
        ) : null}
        <div role="status" data-testid="consent-given">
          {agreedNow && !needsConsent ? <p className="save-status">{t("new-consent-thanks")}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`} className="label">
            {t("new-topic")}
          </label>
          <select
            id={`${id}-topic`}
            ref={topicRef}
            className="input"
            value={draft.topic}
            onChange={(e) => update({ topic: e.target.value })}
            aria-invalid={errors.topic ? true : undefined}
            aria-describedby={describedBy("topic", `${id}-topic-hint`)}
            data-testid="topic"
          >
            <option value="">{t("new-topic-choose")}</option>
            {TOPIC_VALUES.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topic-${topic}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-topic-hint`} className="hint">
            {draft.topic ? t(`new-topic-hint-${draft.topic}`) : t("new-topic-hint")}
          </p>
          {errors.topic ? (
            <p id={`${id}-topic-error`} className="form-error" role="alert" data-testid="topic-error">
              {errors.topic}
            </p>
          ) : null}
        </div>

        <div className="field">
          <label htmlFor={`${id}-description`} className="label">
            {t("new-description")}
          </label>
          <textarea
            id={`${id}-description`}
            ref={descriptionRef}
            className="input"
            rows={6}
            maxLength={MAX_DESCRIPTION}
            value={draft.description}
            onChange={(e) => update({ description: e.target.value })}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy("description", `${id}-description-hint`, `${id}-count`)}
            placeholder={t("new-description-placeholder")}
            data-testid="description"
          />
          <p id={`${id}-description-hint`} className="hint">
            {t("new-description-hint")}
          </p>
          <p id={`${id}-count`} className="hint counter">
            {t("new-counter", { count: draft.description.length, max: MAX_DESCRIPTION })}
          </p>
          {errors.description ? (
            <p id={`${id}-description-error`} className="form-error" role="alert" data-testid="description-error">
              {errors.description}
            </p>
          ) : null}
        </div>

        {suggestions.length > 0 ? (
          <section className="card suggestions" aria-labelledby={`${id}-kb`} data-testid="kb-suggestions">
            <h2 id={`${id}-kb`}>{t("new-kb-title")}</h2>
            <ul className="plain-list">
              {suggestions.map((hit) => (
                <li key={hit.id}>
                  <Link to={`/kb/${encodeURIComponent(hit.slug ?? String(hit.id))}`} className="suggestion">
                    <span className="suggestion-title" dir="auto">
                      {hit.title}
                    </span>
                    {hit.snippet ? <Snippet className="suggestion-snippet" text={hit.snippet} /> : null}
                    <span className="suggestion-cta">{t("new-kb-solved")}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <div className="field">
          <p className="label">{t("new-file")}</p>
          <FilePicker file={file} onChange={setFile} disabled={submitting} label={t("attach-choose")} testId="new-file" />
        </div>

        <div id={`${id}-failure`} aria-live="assertive">
          {failure?.kind === "error" ? (
            <p className="form-error" role="alert" data-testid="submit-error">
              {failure.text}
            </p>
          ) : null}
        </div>

        <button type="submit" className="button button-wide" disabled={submitting} data-testid="submit">
          {uploading ? t("attach-uploading") : submitting ? t("new-submitting") : t("new-submit")}
        </button>
      </form>
    </>
  );
}

import { useT } from "../i18n";

/** Polite, screen-reader-announced loading indicator. */
export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {t("app-loading")}
    </p>
  );
}

interface ErrorNoticeProps {
  title: string;
  description: string;
  /** Technical reason from the server, shown as details. */
  reason?: string;
  onRetry?: () => void;
  /** Announce immediately to assistive technology (for failures). */
  alert?: boolean;
}

export function ErrorNotice({ title, description, reason, onRetry, alert = false }: ErrorNoticeProps) {
  const t = useT();
  return (
    <section className="notice" data-testid="error" role={alert ? "alert" : undefined}>
      <h1 className="notice-title">{title}</h1>
      <p>{description}</p>
      {reason ? <p className="notice-reason">{t("error-reason", { reason })}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t("error-retry")}
        </button>
      ) : null}
    </section>
  );
}

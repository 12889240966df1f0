import type { ReactNode } from "react";
import type { ApiError } from "../api";
import { useT, type Translate } from "../i18n";

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
  children?: ReactNode;
}

export function ErrorNotice({ title, description, reason, onRetry, alert = false, children }: ErrorNoticeProps) {
  const t = useT();
  return (
    <section className="notice" data-testid="error" role={alert ? "alert" : undefined}>
      <h1 className="notice-title">{title}</h1>
      <p>{description}</p>
      {reason ? <p className="notice-reason">{t("error-reason", { reason })}</p> : null}
      {children}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t("error-retry")}
        </button>
      ) : null}
    </section>
  );
}

/** One sentence for a failed call: offline, or what the server said. */
export function errorMessage(t: Translate, error: ApiError): string {
  if (error.isNetwork) return t("error-network");
  if (error.status === 404) return t("error-not-found");
  if (error.status === 429) return t("error-too-many");
  return t("error-failed", { reason: error.reason });
}

/** A page's load failure, with a retry. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useT();
  return (
    <ErrorNotice
      alert
      title={error.status === 404 ? t("error-not-found-title") : t("error-generic-title")}
      description={errorMessage(t, error)}
      {...(error.status === 404 ? {} : { onRetry })}
    />
  );
}

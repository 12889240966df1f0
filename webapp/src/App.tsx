import { useCallback, useEffect, useState } from "react";
import { ApiError, getMe, type MeUser } from "./api";
import { ErrorNotice, Loading } from "./components/Status";
import { I18nProvider, resolveLanguage, useT } from "./i18n";
import { Home } from "./pages/Home";
import { getTelegramLanguageCode, hasInitData } from "./telegram";

type Session =
  | { status: "outside-telegram" }
  | { status: "loading" }
  | { status: "ready"; user: MeUser }
  | { status: "error"; error: ApiError };

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, "unknown", error instanceof Error ? error.message : String(error));
}

/** Loads the signed-in user once; `retry` loads it again. */
function useSession(): { session: Session; retry: () => void } {
  const [session, setSession] = useState<Session>(() =>
    hasInitData() ? { status: "loading" } : { status: "outside-telegram" },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!hasInitData()) return;
    const controller = new AbortController();
    getMe(controller.signal).then(
      (user) => {
        if (!controller.signal.aborted) setSession({ status: "ready", user });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSession({ status: "error", error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setSession({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { session, retry };
}

function Content({ session, retry }: { session: Session; retry: () => void }) {
  const t = useT();
  switch (session.status) {
    case "outside-telegram":
      return <ErrorNotice title={t("error-open-from-bot-title")} description={t("error-open-from-bot")} />;
    case "loading":
      return <Loading />;
    case "error":
      return session.error.isUnauthorized ? (
        <ErrorNotice
          alert
          title={t("error-unauthorized-title")}
          description={t("error-unauthorized")}
          reason={session.error.reason}
        />
      ) : (
        <ErrorNotice
          alert
          title={t("error-generic-title")}
          description={t("error-generic")}
          reason={session.error.reason}
          onRetry={retry}
        />
      );
    case "ready":
      return <Home user={session.user} />;
  }
}

export function App() {
  const { session, retry } = useSession();
  // The server's saved language wins; Telegram's hint covers loading and errors.
  const language = resolveLanguage(
    session.status === "ready" ? session.user.languageCode : undefined,
    getTelegramLanguageCode(),
  );

  return (
    <I18nProvider language={language}>
      <main className="app">
        <Content session={session} retry={retry} />
      </main>
    </I18nProvider>
  );
}

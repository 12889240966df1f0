import { useMemo } from "react";
import { encode } from "uqr";
import { getAppInfo } from "../api";
import { Icon } from "../components/Icon";
import { ErrorNotice, Loading } from "../components/Status";
import { useResource } from "../hooks";
import { useT } from "../i18n";

/** The bot's address as a QR code (black on white whatever the theme: scanners expect that). */
function QrCode({ url, label }: { url: string; label: string }) {
  const { path, size } = useMemo(() => {
    const qr = encode(url, { border: 2, ecc: "M" });
    let d = "";
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, size: qr.size };
  }, [url]);
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="bot-qr">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

/**
 * The page opened without Telegram's launch parameters (a shared link, a desktop browser): a
 * link to the bot, and a QR code to open it on a phone. The developer sign-in is mentioned only
 * where it exists (DEV_LOGIN=true, never in production).
 */
export function OutsideTelegramPage() {
  const t = useT();
  const { state } = useResource((signal) => getAppInfo(signal), []);
  const info = state.status === "ready" ? state.data : null;
  const devLogin = `/dev/login?${new URLSearchParams({ path: location.pathname || "/" })}`;

  return (
    <main id="content" className="app">
      <ErrorNotice title={t("error-open-from-bot-title")} description={t("error-open-from-bot")}>
        {state.status === "loading" ? <Loading /> : null}
        {info?.botUrl ? (
          <div className="open-bot" data-testid="open-bot">
            <a className="button" href={info.botUrl} data-testid="bot-link">
              {t("outside-open-bot", { bot: `@${info.botUsername ?? ""}` })}
              <Icon name="external" />
            </a>
            <figure className="qr">
              <QrCode url={info.botUrl} label={t("outside-qr-label", { bot: `@${info.botUsername ?? ""}` })} />
              <figcaption>{t("outside-qr-hint")}</figcaption>
            </figure>
          </div>
        ) : null}
        {info?.devLogin ? (
          <p className="dev-hint" data-testid="dev-hint">
            {t("error-dev-hint")} <a href={devLogin}>{devLogin.split("?")[0]}</a>
          </p>
        ) : null}
      </ErrorNotice>
    </main>
  );
}

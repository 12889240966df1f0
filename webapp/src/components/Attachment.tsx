import { useEffect, useState, type MouseEvent } from "react";
import { requestBlob, type Message } from "../api";
import { useT } from "../i18n";
import { Icon } from "./Icon";

type AttachmentData = Message["attachments"][number];

/** Saves or opens a blob under a file name. */
function openBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file of a ticket message. The API wants the tma header, which <img src>
 * cannot send, so images are fetched as blobs and shown from object URLs;
 * anything else (or an image that fails) is a labelled link that downloads it.
 */
export function Attachment({ attachment, authorLabel }: { attachment: AttachmentData; authorLabel: string }) {
  const t = useT();
  const isImage = attachment.kind === "photo" || attachment.kind === "sticker";
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const kindLabel = t(`attachment-kind-${attachment.kind}`);
  const name = attachment.name ?? kindLabel;
  const alt = attachment.name
    ? t("attachment-alt-named", { name: attachment.name, author: authorLabel })
    : t("attachment-alt", { kind: kindLabel, author: authorLabel });

  useEffect(() => {
    if (!isImage) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    requestBlob(attachment.url, controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        if (!blob.type.startsWith("image/")) {
          setFailed(true);
          return;
        }
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      },
      () => {
        if (!controller.signal.aborted) setFailed(true);
      },
    );
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachment.url, isImage]);

  const download = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    requestBlob(attachment.url)
      .then((blob) => openBlob(blob, attachment.name ?? `${attachment.kind}`))
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };

  if (isImage && src) {
    return (
      <a href={attachment.url} onClick={download} className="attachment-image" aria-label={t("attachment-open", { name })}>
        <img src={src} alt={alt} loading="lazy" decoding="async" />
      </a>
    );
  }
  return (
    <span className="attachment">
      <a href={attachment.url} onClick={download} className="attachment-link" data-testid="attachment-link" aria-busy={busy || undefined}>
        <Icon name="paperclip" />
        {t("attachment-open", { name })}
      </a>
      {isImage && !src && !failed ? <span className="hint-inline">{t("app-loading")}</span> : null}
      {failed ? (
        <span className="hint-inline" role="status">
          {t("attachment-unavailable")}
        </span>
      ) : null}
    </span>
  );
}

import { InputFile, type Transformer } from "grammy";

// A file the desk made itself (the digest's chart) has no Telegram file id yet, and an outbox row
// holds JSON: such a file waits in its row as a data URL, and becomes an upload only on its way
// out (see chartAttachment in domain/analytics/volume-chart.ts). Telegram never sees a data URL.

const FILE_FIELDS = ["photo", "document"] as const;
const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/=]+)$/;

/** The file behind a data URL, or null for anything else (a file id, a URL). */
export function fileOfDataUrl(value: unknown, name: string): InputFile | null {
  const m = typeof value === "string" ? DATA_URL.exec(value) : null;
  if (!m) return null;
  const extension = m[1]!.split("/")[1]!.replace(/\W.*$/, "");
  return new InputFile(Buffer.from(m[2]!, "base64"), `${name}.${extension}`);
}

/**
 * Turns data URLs in a send's file field into uploads. Innermost (installed first), so the layers
 * above it see the very payload object the outbox handed over.
 */
export function uploadsFromRows(): Transformer {
  return ((prev, method, payload, signal) => {
    const p = payload as Record<string, unknown> | undefined;
    if (!p) return prev(method, payload, signal);
    let changed: Record<string, unknown> | undefined;
    for (const field of FILE_FIELDS) {
      const file = fileOfDataUrl(p[field], field === "photo" ? "chart" : "file");
      if (file) changed = { ...(changed ?? p), [field]: file };
    }
    return prev(method, (changed ?? payload) as typeof payload, signal);
  }) as Transformer;
}

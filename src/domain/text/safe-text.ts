// The one zod string for text that comes in from outside: refused when PostgreSQL would refuse
// it (NUL, an unpaired surrogate), otherwise normalised and trimmed (see normalize.ts). A text of
// zero-width spaces is empty, so `.min(1)` after it refuses it. The API's schemas, the domain's
// input schemas and the Mini App's forms all use it.
import { z } from "zod";
import { cleanText, unsafeTextReason } from "./normalize.js";

export function safeText() {
  return z
    .string()
    .check((ctx) => {
      const reason = unsafeTextReason(ctx.value);
      if (reason) ctx.issues.push({ code: "custom", message: reason, input: ctx.value });
    })
    .overwrite(cleanText);
}

import { DomainError } from "../shared/errors.js";

// Refusals an admin should read in their own language (the bot's and the staff pages' words are
// in locales/<lang>/bot-experiments.ftl): the domain says which, the adapters translate.

export interface RefusalText {
  key: string;
  vars: Record<string, string>;
}

const TEXTS: Record<string, (details: Record<string, unknown>) => Record<string, string>> = {
  "flow-not-wired": (d) => ({ target: String(d.target), wired: String(d.wired) }),
  "target-busy": (d) => ({ target: String(d.target), code: String(d.code) }),
};

/** The message id and variables that explain an experiment refusal, or null for any other failure. */
export function experimentRefusalText(err: unknown): RefusalText | null {
  if (!(err instanceof DomainError)) return null;
  const refusal = err.details.refusal;
  const vars = typeof refusal === "string" ? TEXTS[refusal] : undefined;
  return vars ? { key: `exp-refused-${refusal as string}`, vars: vars(err.details) } : null;
}

/** zod issues from the shared contract, told in the customer's language. */
import type { Translate } from "./i18n";

export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}

export function issueText(t: Translate, issue: Issue): string {
  const field = String(issue.path[0] ?? "");
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 ? t(`form-error-empty-${field}`) : t("form-error-too-short", { min: Number(issue.minimum) });
    case "too_big":
      return t("form-error-too-long", { max: Number(issue.maximum) });
    case "invalid_value":
    case "invalid_type":
      if (field === "topic") return t("form-error-topic");
      return issue.message;
    default:
      return issue.message;
  }
}

/** The first issue of each field, by field name. */
export function issuesByField(t: Translate, issues: readonly Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issueText(t, issue);
  }
  return out;
}

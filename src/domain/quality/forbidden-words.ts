// The quality check holds an agent's message that contains a forbidden word until the agent
// confirms or edits it. Defaults cover asking for secrets and promises nobody can keep; the list
// is configurable (FORBIDDEN_WORDS).

export const DEFAULT_FORBIDDEN_WORDS = [
  "password", "cvv", "cvc", "pin code", "sms code", "guarantee", "100%", "stupid", "idiot", "not my problem",
  "пароль", "cvv-код", "смс-код", "код из смс", "гарантирую", "тупой", "не моя проблема",
];

export function forbiddenWordsIn(text: string, words: readonly string[]): string[] {
  const lower = ` ${text.normalize("NFKC").toLowerCase()} `;
  return words.filter((w) => lower.includes(w.toLowerCase()));
}

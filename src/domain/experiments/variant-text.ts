import { FluentBundle, FluentResource } from "@fluent/bundle";

// A variant's words are checked before any customer reads them.

/** Fluent continues a message on indented lines. */
export function indent(text: string): string {
  return text.replace(/\n/g, "\n    ");
}

/** The tags a variant may use: the ones the bot's own texts use (sent with parse_mode HTML). */
const TELEGRAM_TAGS = ["b", "i", "u", "s", "code", "a"];
const TAG = /<(\/?)([a-z][a-z0-9-]*)(?:\s[^<>]*)?>/iy;
/** Telegram knows numeric entities and these four named ones. */
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|lt|gt|amp|quot);/iy;

/**
 * Why Telegram would refuse this text with parse_mode HTML (a 400: the customer gets nothing), or
 * nothing: every <, > and & is part of an allowed tag or an entity, and the tags are balanced.
 * With `fluentSource` the text is a Fluent pattern: the "->" of a select expression is syntax.
 */
export function telegramHtmlProblems(text: string, fluentSource = false): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (fluentSource && c === "{") depth++;
    else if (fluentSource && c === "}") depth = Math.max(0, depth - 1);
    else if (fluentSource && depth > 0 && c === "-" && /^-\s*>/.test(text.slice(i, i + 40))) i = text.indexOf(">", i);
    else if (c === "<") {
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (!tag) {
        problems.push('a bare "<" (Telegram would refuse the message: write &lt; or say it in words)');
        continue;
      }
      i += tag[0].length - 1;
      const name = tag[2]!.toLowerCase();
      if (!TELEGRAM_TAGS.includes(name)) problems.push(`tag <${name}> is not allowed`);
      else if (tag[1]) {
        if (stack.pop() !== name) problems.push("HTML tags are not balanced");
      } else stack.push(name);
    } else if (c === ">") problems.push('a bare ">" (Telegram would refuse the message: write &gt; or say it in words)');
    else if (c === "&") {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) problems.push('a bare "&" (Telegram would refuse the message: write &amp; or "and")');
    }
  }
  if (stack.length) problems.push("HTML tags are not balanced");
  return [...new Set(problems)];
}

/**
 * Problems with a variant's text before anyone sees it: it must parse as Fluent, use only the
 * variables the original has, and be valid Telegram HTML (allowed tags, balanced, no bare &, <
 * or >). Refused rather than escaped: some of the bot's texts go out as plain text, where an
 * escaped "&amp;" would show as it is.
 */
export function variantTextProblems(original: string, text: string): string[] {
  const problems: string[] = [];
  const resource = new FluentResource(`m = ${indent(text)}`);
  const bundle = new FluentBundle("en", { useIsolating: false });
  const errors = bundle.addResource(resource);
  if (errors.length || !bundle.getMessage("m")?.value) problems.push("the text is not valid (check { } braces)");
  const varsOf = (s: string) => new Set([...s.matchAll(/\{\s*\$([A-Za-z0-9_-]+)/g)].map((m) => m[1]!));
  const allowed = varsOf(original);
  for (const v of varsOf(text)) if (!allowed.has(v)) problems.push(`unknown variable $${v}`);
  problems.push(...telegramHtmlProblems(text, true));
  return [...new Set(problems)];
}

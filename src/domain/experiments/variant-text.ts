import { FluentBundle, FluentResource } from "@fluent/bundle";

// A variant's words are checked before any customer reads them.

/** Fluent continues a message on indented lines. */
export function indent(text: string): string {
  return text.replace(/\n/g, "\n    ");
}

/**
 * Problems with a variant's text before anyone sees it: it must parse as Fluent, use only the
 * variables the original has, and keep Telegram's HTML tags balanced.
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
  const tags = [...text.matchAll(/<\/?([a-z]+)[^>]*>/gi)];
  const stack: string[] = [];
  for (const t of tags) {
    const name = t[1]!.toLowerCase();
    if (!["b", "i", "u", "s", "code", "a"].includes(name)) problems.push(`tag <${name}> is not allowed`);
    else if (t[0].startsWith("</")) {
      if (stack.pop() !== name) problems.push("HTML tags are not balanced");
    } else stack.push(name);
  }
  if (stack.length) problems.push("HTML tags are not balanced");
  return [...new Set(problems)];
}

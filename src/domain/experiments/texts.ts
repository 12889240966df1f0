import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { readRows, type DbClient } from "../../db/index.js";
import { variantFor } from "./assignment.js";
import { isProtectedMessage } from "./catalog.js";
import { runningExperiments, type ExperimentView } from "./experiments.js";
import { indent, telegramHtmlProblems } from "./variant-text.js";

// The text layer's question "does this customer see other words for this message?", answered from
// memory: every render of a customer text asks it, so it must cost a map lookup and a hash, not a
// query. The running experiments and shipped texts are reloaded in the background every few
// seconds (another instance's change shows here within that time; this instance's at once, as the
// adapters call refresh() after a change).

const REFRESH_MS = 5_000;

interface Snapshot {
  /** Running message experiments by message id. */
  byKey: Map<string, ExperimentView>;
  /** Running flow-choice experiments by choice name. */
  byFlow: Map<string, ExperimentView>;
  /** Shipped texts: "key\u0000lang" -> text; shipped flow defaults: "flow:name\u0000*". */
  shipped: Map<string, string>;
}

const EMPTY: Snapshot = { byKey: new Map(), byFlow: new Map(), shipped: new Map() };

export class ExperimentTexts {
  private snapshot: Snapshot = EMPTY;
  private loadedAt = 0;
  private loading: Promise<void> | null = null;
  private readonly compiled = new Map<string, FluentBundle>();

  constructor(
    private readonly db: DbClient,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly refreshMs = REFRESH_MS,
  ) {}

  /** Loads the running experiments and shipped texts now (call after changing them). */
  refresh(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const [running, overrides] = await Promise.all([
          runningExperiments(this.db),
          readRows<{ key: string; lang: string; text: string }>(this.db, "SELECT key, lang, text FROM text_overrides", []),
        ]);
        const next: Snapshot = { byKey: new Map(), byFlow: new Map(), shipped: new Map() };
        for (const e of running) (e.targetKind === "message" ? next.byKey : next.byFlow).set(e.target, e);
        for (const o of overrides) next.shipped.set(`${o.key}\u0000${o.lang}`, o.text);
        this.snapshot = next;
        this.loadedAt = Date.now();
      } catch (err) {
        // The usual texts are a fine answer while the database is away.
        this.onError(err);
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  private current(): Snapshot {
    if (Date.now() - this.loadedAt > this.refreshMs && !this.loading) void this.refresh();
    return this.snapshot;
  }

  /** The raw (Fluent) text this customer sees instead of the message's own, if any. */
  overrideFor(customerKey: bigint | number | string, lang: string, key: string): string | undefined {
    if (isProtectedMessage(key)) return undefined;
    const snap = this.current();
    const running = snap.byKey.get(key);
    if (running) {
      const variant = variantFor(customerKey, running);
      const text = variant ? running.variants.find((v) => v.key === variant)?.texts[lang] : undefined;
      if (text !== undefined) return text;
    }
    return snap.shipped.get(`${key}\u0000${lang}`);
  }

  /**
   * The message rendered with its variables, or undefined to render the usual text. A variant
   * Telegram would refuse as HTML (one stored before such words were refused) falls back to the
   * usual text: the customer gets the message rather than nothing.
   */
  render(customerKey: bigint | number | string, lang: string, key: string, vars: Record<string, string | number> = {}): string | undefined {
    const source = this.overrideFor(customerKey, lang, key);
    if (source === undefined) return undefined;
    const text = this.format(lang, source, vars);
    return telegramHtmlProblems(text).length ? undefined : text;
  }

  /** Which value of a named flow choice this customer gets (the first value is today's behaviour). */
  flowChoice<T extends string>(customerKey: bigint | number | string, name: string, values: readonly T[]): T {
    const snap = this.current();
    const running = snap.byFlow.get(name);
    const variant = running ? variantFor(customerKey, running) : null;
    const chosen = variant ? running!.variants.find((v) => v.key === variant)?.value : snap.shipped.get(`flow:${name}\u0000*`);
    return values.includes(chosen as T) ? (chosen as T) : values[0]!;
  }

  private format(lang: string, source: string, vars: Record<string, string | number>): string {
    const id = `${lang}\u0000${source}`;
    let bundle = this.compiled.get(id);
    if (!bundle) {
      bundle = new FluentBundle(lang, { useIsolating: false });
      bundle.addResource(new FluentResource(`m = ${indent(source)}`));
      if (this.compiled.size > 500) this.compiled.clear();
      this.compiled.set(id, bundle);
    }
    const pattern = bundle.getMessage("m")?.value;
    return pattern ? bundle.formatPattern(pattern, vars as Record<string, FluentVariable>) : source;
  }
}

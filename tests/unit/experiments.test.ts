import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { variantFor } from "../../src/domain/experiments/assignment.js";
import { FLOW_CHOICES, refuseMessageTarget, testableFlowChoices, WIRED_FLOW_CHOICES, type MessageCatalog } from "../../src/domain/experiments/catalog.js";
import { validateDefinition, type ExperimentInput, type ExperimentView } from "../../src/domain/experiments/experiments.js";
import { experimentRefusalText } from "../../src/domain/experiments/refusals.js";
import { summarize } from "../../src/domain/experiments/results.js";
import { indent, telegramHtmlProblems, variantTextProblems } from "../../src/domain/experiments/variant-text.js";
import { DomainError } from "../../src/domain/shared/errors.js";
import { loadTexts } from "../../src/i18n/index.js";
import { messageCatalog } from "../../src/i18n/catalog.js";

const CUSTOMERS = 10_000;
const ids = Array.from({ length: CUSTOMERS }, (_, i) => BigInt(700_000_000 + i * 7919));

function experiment(extra: Partial<ExperimentView> = {}): ExperimentView {
  return {
    id: 42,
    code: "greeting-short",
    targetKind: "message",
    target: "help-text",
    metric: "self-service",
    sharePercent: 100,
    variants: [
      { key: "A", texts: {} },
      { key: "B", texts: { en: "Hi" } },
    ],
    status: "running",
    startedAt: new Date("2026-03-01T00:00:00Z"),
    stoppedAt: null,
    winner: null,
    ...extra,
  };
}

/** A seeded generator, so a simulation is the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("assignment", () => {
  it("is sticky and close to the configured split over 10,000 customers", () => {
    const e = experiment({
      sharePercent: 30,
      variants: [
        { key: "A", texts: {} },
        { key: "B", texts: {} },
        { key: "C", texts: {} },
      ],
    });
    const counts: Record<string, number> = { A: 0, B: 0, C: 0, out: 0 };
    for (const id of ids) {
      const v = variantFor(id, e);
      // The same answer every time, and the same whether the key comes as a number or a string.
      expect(variantFor(id, e)).toBe(v);
      expect(variantFor(String(id), e)).toBe(v);
      counts[v ?? "out"]!++;
    }
    // 30 % in the test (3,000 expected, a standard deviation of about 46): within ±150.
    expect(Math.abs(counts.A! + counts.B! + counts.C! - 3_000)).toBeLessThan(150);
    // Each variant a third of those (1,000 expected, deviation about 30): within ±100.
    for (const k of ["A", "B", "C"]) expect(Math.abs(counts[k]! - 1_000)).toBeLessThan(100);
  });

  it("puts a customer in different groups for different experiments", () => {
    const a = ids.map((id) => variantFor(id, experiment({ id: 1 })));
    const b = ids.map((id) => variantFor(id, experiment({ id: 2 })));
    const same = a.filter((v, i) => v === b[i]).length;
    // Independent assignments agree about half the time.
    expect(Math.abs(same / CUSTOMERS - 0.5)).toBeLessThan(0.03);
  });

  it("keeps everyone out at a share of 0 and in at 100", () => {
    expect(ids.slice(0, 500).every((id) => variantFor(id, experiment({ sharePercent: 0 })) === null)).toBe(true);
    expect(ids.slice(0, 500).every((id) => variantFor(id, experiment({ sharePercent: 100 })) !== null)).toBe(true);
  });
});

describe("verdict", () => {
  /** Each customer's 0/1 outcome with the given chance per variant. */
  function simulate(e: ExperimentView, n: number, chance: Record<string, number>, seed: number) {
    const rnd = random(seed);
    return ids.slice(0, n).map((id) => {
      const v = variantFor(id, e)!;
      return { key: String(id), value: rnd() < chance[v]! ? 1 : 0 };
    });
  }

  it("names B better when it truly lifts self-service from 30 % to 36 %", () => {
    const e = experiment();
    const r = summarize(e, simulate(e, CUSTOMERS, { A: 0.3, B: 0.36 }, 7));
    expect(r.verdict).toEqual({ kind: "better", variant: "B", control: "A" });
    const [a, b] = r.variants;
    expect(a!.customers + b!.customers).toBe(CUSTOMERS);
    expect(a!.interval.low).toBeLessThan(0.3);
    expect(a!.interval.high).toBeGreaterThan(0.3);
    expect(b!.interval.low).toBeLessThan(0.36);
    expect(b!.interval.high).toBeGreaterThan(0.36);
  });

  it("does not crown B when it lowers self-service", () => {
    const e = experiment();
    const r = summarize(e, simulate(e, CUSTOMERS, { A: 0.36, B: 0.3 }, 11));
    expect(r.verdict).toEqual({ kind: "worse", variant: "B", control: "A" });
  });

  it("reads times the right way round: a shorter first response is better", () => {
    const e = experiment({ metric: "frt" });
    const rnd = random(3);
    const values = ids.slice(0, 4_000).map((id) => {
      const mean = variantFor(id, e) === "A" ? 12 : 9;
      return { key: String(id), value: -mean * Math.log(1 - rnd()) };
    });
    expect(summarize(e, values).verdict).toEqual({ kind: "better", variant: "B", control: "A" });
  });

  it("says not enough data on a small test, with a sensible number of customers still needed", () => {
    const e = experiment();
    const r = summarize(e, simulate(e, 60, { A: 0.3, B: 0.36 }, 5));
    expect(r.verdict.kind).toBe("not-enough-data");
    const more = (r.verdict as { moreCustomers: number }).moreCustomers;
    // Telling 30 % from 36 % takes about 900 customers a variant; with the noise of 60 customers
    // the estimate may move, but it stays in the hundreds to a few thousand.
    expect(more).toBeGreaterThan(200);
    expect(more).toBeLessThan(10_000);
  });

  it("finds no winner when both variants are the same", () => {
    const e = experiment();
    const r = summarize(e, simulate(e, CUSTOMERS, { A: 0.3, B: 0.3 }, 13));
    expect(["no-difference", "not-enough-data"]).toContain(r.verdict.kind);
  });
});

describe("what may be tested", () => {
  const catalog: MessageCatalog = messageCatalog(loadTexts("en"));

  it("refuses security and payment warnings, staff texts and unknown ids", () => {
    expect(refuseMessageTarget(catalog, "handoff-security-notice")).toBe("protected");
    // Not named "security", but it warns about card numbers.
    expect(refuseMessageTarget(catalog, "q-payment-when")).toBe("protected");
    expect(refuseMessageTarget(catalog, "staff-taken")).toBe("not-customer-facing");
    expect(refuseMessageTarget(catalog, "no-such-message")).toBe("unknown-message");
    expect(refuseMessageTarget(catalog, "help-text")).toBeNull();
  });

  it("checks a variant's words before anyone reads them", () => {
    expect(variantTextProblems("Ticket #{ $number } is open", "Your request #{ $number } is in")).toEqual([]);
    expect(variantTextProblems("Ticket #{ $number } is open", "Hello { $name }")).toContain("unknown variable $name");
    expect(variantTextProblems("x", "<b>bold")).toContain("HTML tags are not balanced");
    expect(variantTextProblems("x", "broken { brace")).toContain("the text is not valid (check { } braces)");
  });
});

describe("flow choices that no flow reads", () => {
  const texts = loadTexts("en");
  const catalog = messageCatalog(texts);
  const flowTest = (target: string, values: [string, string]): ExperimentInput => ({
    code: "flow-test",
    targetKind: "flow",
    target,
    metric: "intake-drop-off",
    sharePercent: 50,
    variants: [
      { key: "A", texts: {}, value: values[0] },
      { key: "B", texts: {}, value: values[1] },
    ],
  });
  const refusalOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return err;
    }
    return null;
  };

  it("refuses a test of an unwired choice, in every language, and accepts a wired one", () => {
    for (const [name, values] of Object.entries(FLOW_CHOICES)) {
      const err = refusalOf(() => validateDefinition(catalog, flowTest(name, [values[0], values[1]])));
      if ((WIRED_FLOW_CHOICES as readonly string[]).includes(name)) expect(err).toBeNull();
      else {
        expect(err).toBeInstanceOf(DomainError);
        const refusal = experimentRefusalText(err)!;
        expect(refusal.key).toBe("exp-refused-flow-not-wired");
        for (const lang of texts.languages) {
          // Every language has the words (a missing message would fall back to the default one).
          expect(catalog.text(lang, refusal.key), `${lang}`).toBeDefined();
          const said = texts.t(lang, refusal.key, refusal.vars);
          expect(said).toContain(name);
          for (const wired of WIRED_FLOW_CHOICES) expect(said).toContain(wired);
        }
      }
    }
    expect(Object.keys(testableFlowChoices()).sort()).toEqual([...WIRED_FLOW_CHOICES].sort());
    for (const lang of texts.languages) expect(catalog.text(lang, "exp-refused-target-busy"), lang).toBeDefined();
  });

  it("keeps the one list of wired choices true to the flows and to the README's table", () => {
    // What the flows read: every flowValue(..., "name") in src.
    const read = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith(".ts")) for (const m of readFileSync(path, "utf8").matchAll(/flowValue\([^)]*?"([a-z-]+)"\s*\)/g)) read.add(m[1]!);
      }
    };
    walk("src");
    expect([...read].sort()).toEqual([...WIRED_FLOW_CHOICES].sort());
    const table = new Map(
      [...readFileSync("README.md", "utf8").matchAll(/^\| `([a-z-]+)` \| `[a-z-]+`, `[a-z-]+` \| (.*) \|$/gm)].map((m) => [
        m[1]!,
        !m[2]!.includes("not wired"),
      ]),
    );
    expect([...table.keys()].sort()).toEqual(Object.keys(FLOW_CHOICES).sort());
    for (const [name, wired] of table) expect(wired, name).toBe((WIRED_FLOW_CHOICES as readonly string[]).includes(name));
  });
});

describe("variant words Telegram would refuse", () => {
  /** The variant as a customer gets it: rendered by Fluent with the original's variables. */
  const rendered = (text: string, vars: Record<string, string | number> = {}) => {
    const bundle = new FluentBundle("en", { useIsolating: false });
    bundle.addResource(new FluentResource(`m = ${indent(text)}`));
    return bundle.formatPattern(bundle.getMessage("m")!.value!, vars);
  };

  it("refuses a bare &, < or > and lets entities, the allowed tags and Fluent's own -> through", () => {
    for (const bad of ["Q&A is open", "Reply < 5 min", "a > b", "Tom & Jerry <b>now</b>", "x &amp y"])
      expect(variantTextProblems("x", bad).join("; "), bad).toMatch(/bare "[&<>]"/);
    const good = [
      "Q&amp;A is open",
      "Reply &lt; 5 min, &#8594; done",
      '<b>Ticket</b> #{ $number } is <a href="https://example.com/?a=1">open</a>',
      "{ $count ->\n [one] one file\n *[other] { $count } files\n} <i>saved</i>",
    ];
    for (const text of good) {
      expect(variantTextProblems("#{ $number } { $count }", text), text).toEqual([]);
      // What would go to Telegram parses under the same rules.
      expect(telegramHtmlProblems(rendered(text, { number: 7, count: 2 })), text).toEqual([]);
    }
    expect(telegramHtmlProblems(rendered("Q&A"))).not.toEqual([]);
    expect(variantTextProblems("x", "<div>hi</div>")).toContain("tag <div> is not allowed");
  });
});

import { z } from "zod";
import { readRows, type Db, type DbClient, type Prisma } from "../../db/index.js";
import { arrayOf, date, int, nullable, oneOf, rowReader, shaped, text } from "../../db/rows.js";
import type { Experiment } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "../shared/errors.js";
import { FLOW_CHOICES, isFlowChoice, isWiredFlowChoice, refuseMessageTarget, WIRED_FLOW_CHOICES, type MessageCatalog } from "./catalog.js";
import { METRICS } from "./metrics.js";
import { variantTextProblems } from "./variant-text.js";

// An experiment's life: a draft is defined (what it varies, the variants, the share, the metric),
// started, then either stopped (everyone back to the usual text) or shipped (the winner's texts
// become the text for everyone). At most one running experiment per text or flow choice, so a
// customer never sees two tests fighting over the same words.

export const experimentCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "an experiment code is 2-40 lower-case letters, digits or -");

const variantInput = z.object({
  key: z.string().regex(/^[A-Z]$/, "variants are named A, B, C..."),
  /** Per language; a language left out shows the usual text. Flow choices take `value` instead. */
  texts: z.record(z.string().regex(/^[a-z]{2}$/), z.string().trim().min(1).max(3000)).default({}),
  value: z.string().optional(),
});

export const experimentInput = z.object({
  code: experimentCode,
  targetKind: z.enum(["message", "flow"]),
  target: z.string().min(1).max(100),
  metric: z.enum(METRICS),
  sharePercent: z.number().int().min(1).max(100),
  variants: z.array(variantInput).min(2).max(4),
});
export type ExperimentInput = z.input<typeof experimentInput>;
export type Variant = z.output<typeof variantInput>;

export interface ExperimentView {
  id: number;
  code: string;
  targetKind: "message" | "flow";
  target: string;
  metric: (typeof METRICS)[number];
  sharePercent: number;
  variants: Variant[];
  status: "draft" | "running" | "stopped" | "shipped";
  startedAt: Date | null;
  stoppedAt: Date | null;
  winner: string | null;
}

export function viewOf(row: Experiment): ExperimentView {
  return {
    id: row.id,
    code: row.code,
    targetKind: row.targetKind as ExperimentView["targetKind"],
    target: row.target,
    metric: row.metric as ExperimentView["metric"],
    sharePercent: row.sharePercent,
    variants: row.variants as unknown as Variant[],
    status: row.status as ExperimentView["status"],
    startedAt: row.startedAt,
    stoppedAt: row.stoppedAt,
    winner: row.winner,
  };
}

export interface Actor {
  staffId: number;
  at: Date;
}

/** Checks a definition against the texts that exist; the control (A) keeps today's text when it gives none. */
export function validateDefinition(catalog: MessageCatalog, raw: ExperimentInput): z.output<typeof experimentInput> {
  const parsed = experimentInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const input = parsed.data;
  const keys = input.variants.map((v) => v.key);
  if (keys.join("") !== "ABCD".slice(0, keys.length)) throw new ValidationError("variants are A, B, C, D in order; A is the control");
  if (input.targetKind === "message") {
    const refusal = refuseMessageTarget(catalog, input.target);
    if (refusal) throw new ValidationError(`"${input.target}" cannot be tested: ${refusal}`, { refusal });
    for (const v of input.variants)
      for (const lang of Object.keys(v.texts)) if (!catalog.languages.includes(lang)) throw new ValidationError(`variant ${v.key}: no such language "${lang}"`);
    for (const v of input.variants)
      for (const [lang, text] of Object.entries(v.texts)) {
        const problems = variantTextProblems(catalog.text(lang, input.target) ?? catalog.text("en", input.target) ?? "", text);
        if (problems.length) throw new ValidationError(`variant ${v.key} (${lang}): ${problems.join("; ")}`);
      }
    if (input.variants.slice(1).some((v) => !Object.keys(v.texts).length))
      throw new ValidationError("every variant but A needs a text in at least one language");
  } else {
    if (!isFlowChoice(input.target)) throw new ValidationError(`no flow choice "${input.target}"; there are: ${Object.keys(FLOW_CHOICES).join(", ")}`);
    refuseUnwiredFlow(input.target);
    const allowed: readonly string[] = FLOW_CHOICES[input.target];
    for (const v of input.variants)
      if (!v.value || !allowed.includes(v.value)) throw new ValidationError(`variant ${v.key}: the value is one of ${allowed.join(", ")}`);
  }
  return input;
}

/** The refusal's `details.refusal` names the localized text the adapters show (exp-refused-*). */
function refuseUnwiredFlow(target: string): void {
  if (!isWiredFlowChoice(target))
    throw new ValidationError(
      `no flow reads "${target}" yet, so an experiment on it would change nothing for customers; these can be tested: ${WIRED_FLOW_CHOICES.join(", ")}`,
      { refusal: "flow-not-wired", target, wired: WIRED_FLOW_CHOICES.join(", ") },
    );
}

function targetBusy(clashCode: string, target: string): DomainError {
  return new DomainError("target-busy", `experiment "${clashCode}" already tests ${target}; stop or ship it first`, {
    refusal: "target-busy",
    target,
    code: clashCode,
  });
}

/** Postgres refused a second running experiment on a target (experiments_one_running_per_target). */
function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

export async function defineExperiment(db: DbClient, catalog: MessageCatalog, raw: ExperimentInput, actor: Actor): Promise<ExperimentView> {
  const input = validateDefinition(catalog, raw);
  if (await db.experiment.findUnique({ where: { code: input.code } })) throw new ConflictError("exists", `an experiment "${input.code}" already exists`);
  const row = await db.experiment.create({
    data: {
      code: input.code,
      targetKind: input.targetKind,
      target: input.target,
      metric: input.metric,
      sharePercent: input.sharePercent,
      variants: input.variants as unknown as Prisma.InputJsonValue,
      createdById: actor.staffId,
      createdAt: actor.at,
    },
  });
  await audit(db, { staffId: actor.staffId, action: "experiment-define", data: { code: input.code, target: input.target }, at: actor.at });
  return viewOf(row);
}

export async function listExperiments(db: DbClient): Promise<ExperimentView[]> {
  const rows = await db.experiment.findMany({ orderBy: { id: "desc" }, take: 50 });
  return rows.map(viewOf);
}

export async function findExperiment(db: DbClient, code: string): Promise<ExperimentView> {
  const row = await db.experiment.findUnique({ where: { code } });
  if (!row) throw new NotFoundError("experiment", { code });
  return viewOf(row);
}

const readRunning = rowReader("a running experiment", {
  id: int,
  code: text,
  targetKind: oneOf(["message", "flow"] as const),
  target: text,
  metric: oneOf(METRICS),
  sharePercent: int,
  variants: arrayOf(shaped("a variant", (v): v is Variant => typeof v === "object" && v !== null)),
  startedAt: nullable(date),
  stoppedAt: nullable(date),
  winner: nullable(text),
});

/**
 * The experiments customers are in right now (what the text layer and the flows consult). Plain
 * SQL: the desk reads it while starting, where a first Prisma query costs its engine's start-up.
 */
export async function runningExperiments(db: DbClient): Promise<ExperimentView[]> {
  const rows = await readRows(
    db,
    `SELECT id, code, target_kind AS "targetKind", target, metric, share_percent AS "sharePercent", variants,
       started_at AS "startedAt", stopped_at AS "stoppedAt", winner
     FROM experiments WHERE status = 'running' ORDER BY id`,
    [],
  );
  return rows.map((r) => ({ ...readRunning(r), status: "running" as const }));
}

/**
 * Starts a draft. The status moves only from draft (a conditional update, so two admins pressing
 * at once start it once), and the database holds at most one running experiment per target (a
 * partial unique index), so two drafts on the same target cannot both start.
 */
export async function startExperiment(db: Db, code: string, actor: Actor): Promise<ExperimentView> {
  const e = await findExperiment(db, code);
  if (e.status !== "draft") throw new ConflictError("not-draft", `experiment "${code}" is ${e.status}; only a draft can start`);
  // A draft defined before its flow choice was found to be unwired.
  if (e.targetKind === "flow") refuseUnwiredFlow(e.target);
  try {
    return await db.$transaction(async (tx) => {
      const moved = await tx.experiment.updateMany({ where: { id: e.id, status: "draft" }, data: { status: "running", startedAt: actor.at } });
      if (!moved.count) {
        const now = await tx.experiment.findUniqueOrThrow({ where: { id: e.id } });
        throw new ConflictError("not-draft", `experiment "${code}" is ${now.status}; only a draft can start`);
      }
      await audit(tx, { staffId: actor.staffId, action: "experiment-start", data: { code }, at: actor.at });
      return viewOf(await tx.experiment.findUniqueOrThrow({ where: { id: e.id } }));
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const clash = await db.experiment.findFirst({ where: { status: "running", targetKind: e.targetKind, target: e.target } });
    throw targetBusy(clash?.code ?? "another experiment", e.target);
  }
}

export async function stopExperiment(db: DbClient, code: string, actor: Actor): Promise<ExperimentView> {
  const e = await findExperiment(db, code);
  if (e.status !== "running") throw new ConflictError("not-running", `experiment "${code}" is ${e.status}`);
  const row = await db.experiment.update({ where: { id: e.id }, data: { status: "stopped", stoppedAt: actor.at } });
  await audit(db, { staffId: actor.staffId, action: "experiment-stop", data: { code }, at: actor.at });
  return viewOf(row);
}

/**
 * Ends the experiment and makes the winner's texts the texts every customer sees (stored as text
 * overrides, so every instance picks them up without a deploy). Shipping A means today's text: the
 * overrides an earlier experiment shipped for the same message (or flow choice) go. All of it in
 * one transaction, so a failure halfway leaves neither half the languages shipped nor the
 * experiment marked shipped without its texts.
 */
export async function shipWinner(db: Db, catalog: MessageCatalog, code: string, winner: string, actor: Actor): Promise<ExperimentView> {
  return db.$transaction(async (tx) => {
    const e = await findExperiment(tx, code);
    if (e.status !== "running" && e.status !== "stopped") throw new ConflictError("not-shippable", `experiment "${code}" is ${e.status}`);
    const variant = e.variants.find((v) => v.key === winner);
    if (!variant) throw new ValidationError(`experiment "${code}" has no variant ${winner}`);
    if (e.targetKind === "message") {
      // Checked again: the rules may have grown stricter since the experiment was defined.
      if (refuseMessageTarget(catalog, e.target)) throw new ValidationError(`"${e.target}" cannot be changed by an experiment`);
      if (winner === "A") await tx.textOverride.deleteMany({ where: { key: e.target } });
      for (const [lang, text] of Object.entries(variant.texts)) {
        // Checked again: a variant defined before bare & < > were refused would fail every send.
        const problems = variantTextProblems(catalog.text(lang, e.target) ?? catalog.text("en", e.target) ?? "", text);
        if (problems.length) throw new ValidationError(`variant ${winner} (${lang}) cannot be shipped: ${problems.join("; ")}`);
        await tx.textOverride.upsert({
          where: { key_lang: { key: e.target, lang } },
          create: { key: e.target, lang, text, experimentId: e.id },
          update: { text, experimentId: e.id },
        });
      }
    } else {
      refuseUnwiredFlow(e.target);
      // A flow choice's winner (A included: its value is what its customers got) becomes its
      // default for everyone (see flowChoice).
      const key = `flow:${e.target}`;
      if (!variant.value) await tx.textOverride.deleteMany({ where: { key } });
      else
        await tx.textOverride.upsert({
          where: { key_lang: { key, lang: "*" } },
          create: { key, lang: "*", text: variant.value, experimentId: e.id },
          update: { text: variant.value, experimentId: e.id },
        });
    }
    const moved = await tx.experiment.updateMany({
      where: { id: e.id, status: e.status },
      data: { status: "shipped", winner, stoppedAt: e.stoppedAt ?? actor.at },
    });
    if (!moved.count) throw new ConflictError("not-shippable", `experiment "${code}" changed meanwhile; look again`);
    await audit(tx, { staffId: actor.staffId, action: "experiment-ship", data: { code, winner }, at: actor.at });
    return viewOf(await tx.experiment.findUniqueOrThrow({ where: { id: e.id } }));
  });
}

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import type { DbClient } from "./index.js";

// Seed data is inserted when missing and never overwrites what an admin or editor changed.

const SEED_DIR = resolve(import.meta.dirname, "../../prisma/seed");

const queueSeed = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    firstResponseMinutes: z.number().int().positive(),
    resolutionMinutes: z.number().int().positive().nullable(),
    warnBeforeMinutes: z.number().int().nonnegative(),
    escalateToCode: z.string().nullable(),
    alertOnCreate: z.boolean().optional(),
    isOverflow: z.boolean().optional(),
    sortOrder: z.number().int(),
  }),
);

const translation = z.object({ title: z.string().min(1), body: z.string().min(1), keywords: z.array(z.string()) });
const kbSeed = z.array(
  z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    category: z.string(),
    tags: z.array(z.string()),
    translations: z.record(z.string(), translation),
  }),
);

const macroSeed = z.array(
  z.object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/),
    translations: z.record(z.string(), z.object({ title: z.string().min(1), body: z.string().min(1) })),
  }),
);

function readSeed<T>(file: string, schema: z.ZodType<T>): T {
  const path = resolve(SEED_DIR, file);
  return existsSync(path) ? schema.parse(JSON.parse(readFileSync(path, "utf8"))) : schema.parse([]);
}

export async function seedDefaults(db: DbClient, adminIds: readonly bigint[]): Promise<void> {
  const queues = readSeed("queues.json", queueSeed);
  const existingQueues = new Set((await db.queue.findMany({ select: { code: true } })).map((q) => q.code));
  for (const q of queues.filter((q) => !existingQueues.has(q.code))) await db.queue.create({ data: q });

  const articles = readSeed("kb-articles.json", kbSeed);
  const existingSlugs = new Set((await db.kbArticle.findMany({ select: { slug: true } })).map((a) => a.slug));
  for (const a of articles.filter((a) => !existingSlugs.has(a.slug))) {
    await db.kbArticle.create({
      data: {
        slug: a.slug,
        category: a.category,
        tags: a.tags,
        status: "published",
        translations: { create: Object.entries(a.translations).map(([lang, t]) => ({ lang, ...t })) },
      },
    });
  }

  const macros = readSeed("macros.json", macroSeed);
  const existingMacros = new Set((await db.macro.findMany({ select: { code: true } })).map((m) => m.code));
  for (const m of macros.filter((m) => !existingMacros.has(m.code))) {
    await db.macro.create({
      data: { code: m.code, translations: { create: Object.entries(m.translations).map(([lang, t]) => ({ lang, ...t })) } },
    });
  }

  for (const telegramId of adminIds) {
    await db.staffMember.upsert({
      where: { telegramId },
      create: { telegramId, displayName: `Admin ${telegramId}`, role: "admin" },
      update: {},
    });
  }
}

import { audit } from "../audit/audit.js";
import { z } from "zod";
import type { DbClient } from "../../db/index.js";
import { NotFoundError, ValidationError } from "../shared/errors.js";

export const macroCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "a macro code is 2-40 lower-case letters, digits or -");

export interface MacroVars {
  name: string;
  id: string;
  eta: string;
  agent: string;
}

/** Fills {name}, {id}, {eta}, {agent}; an unknown {variable} stays as written so it is noticed. */
export function renderMacro(body: string, vars: MacroVars): string {
  return body.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? vars[key as keyof MacroVars] : m));
}

export async function listMacros(db: DbClient, lang: string) {
  const macros = await db.macro.findMany({ include: { translations: true }, orderBy: { code: "asc" } });
  return macros.map((m) => {
    const t = m.translations.find((x) => x.lang === lang) ?? m.translations.find((x) => x.lang === "en") ?? m.translations[0];
    return { code: m.code, title: t?.title ?? m.code };
  });
}

/** The macro's text in the customer's language (English, then any, as fallbacks). */
export async function macroText(db: DbClient, code: string, lang: string): Promise<string> {
  const macro = await db.macro.findUnique({ where: { code }, include: { translations: true } });
  if (!macro) throw new NotFoundError("macro", { code });
  const t = macro.translations.find((x) => x.lang === lang) ?? macro.translations.find((x) => x.lang === "en") ?? macro.translations[0];
  if (!t) throw new NotFoundError("macro text", { code, lang });
  return t.body;
}

/** Who changed a macro, for the audit log (every staff action leaves a row). */
export interface MacroActor {
  staffId: number;
  at: Date;
}

export async function saveMacro(db: DbClient, code: string, lang: string, body: string, title?: string, actor?: MacroActor) {
  const c = macroCode.safeParse(code);
  if (!c.success) throw new ValidationError(c.error.issues[0]!.message);
  if (!/^[a-z]{2}$/.test(lang)) throw new ValidationError("the language is a two-letter code such as en or ru");
  const text = body.trim();
  if (!text || text.length > 3000) throw new ValidationError("the macro text must be 1-3000 characters");
  const macro = await db.macro.upsert({ where: { code }, create: { code }, update: {} });
  await db.macroTranslation.upsert({
    where: { macroId_lang: { macroId: macro.id, lang } },
    create: { macroId: macro.id, lang, title: title ?? code, body: text },
    update: { body: text, ...(title ? { title } : {}) },
  });
  if (actor) await audit(db, { staffId: actor.staffId, action: "macro-save", data: { code, lang }, at: actor.at });
  return macro;
}

export async function deleteMacro(db: DbClient, code: string, actor?: MacroActor) {
  const deleted = await db.macro.deleteMany({ where: { code } });
  if (!deleted.count) throw new NotFoundError("macro", { code });
  if (actor) await audit(db, { staffId: actor.staffId, action: "macro-delete", data: { code }, at: actor.at });
}

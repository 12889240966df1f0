import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STAFF_ROLES } from "../../src/domain/staff/staff.js";
import { LOCALES_DIR, loadTexts } from "../../src/i18n/index.js";

// The staff menus' labels, in every language the bot speaks.
const LANGUAGES = ["en", "ru", "ko", "az", "ar", "th", "zh"];
const keysOf = (lang: string) =>
  readFileSync(join(LOCALES_DIR, lang, "bot-menus.ftl"), "utf8")
    .split("\n")
    .map((line) => /^([a-z][a-z0-9-]*) =/.exec(line)?.[1])
    .filter((k): k is string => k !== undefined)
    .sort();

describe("menu texts", () => {
  it("has every menu label in all seven languages, and a name for every staff role", () => {
    const english = keysOf("en");
    for (const role of STAFF_ROLES) expect(english).toContain(`menu-role-${role}`);
    for (const lang of LANGUAGES) expect(keysOf(lang), lang).toEqual(english);
  });

  it("says the labels in the language itself, not in English", () => {
    const texts = loadTexts("en");
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      for (const key of ["menu-back", "staff-menu-remove", "menu-role-supervisor", "queues-menu-hint", "menu-outdated"]) {
        expect(texts.t(lang, key), `${lang} ${key}`).not.toBe(texts.t("en", key));
      }
    }
  });
});

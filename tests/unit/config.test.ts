import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("has defaults that start on a fresh machine", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.BOT_MODE).toBe("polling");
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.ADMIN_IDS).toEqual([]);
    expect(c.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
  });

  it("names the variable and what it expects", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ BOT_TOKEN: "nope" })).toThrow(/BOT_TOKEN: must be a token from @BotFather/);
    expect(() => loadConfig({ ADMIN_IDS: "12,abc" })).toThrow(/ADMIN_IDS: must be a comma-separated list/);
    expect(() => loadConfig({ BOT_MODE: "webhook" })).toThrow(/PUBLIC_URL: must be set when BOT_MODE=webhook/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
  });

  it("never prints a secret in full", () => {
    try {
      loadConfig({ DATABASE_URL: "mysql://user:secret@host/db" });
      expect.unreachable();
    } catch (err) {
      expect(String(err)).not.toContain("secret");
    }
  });

  it("parses lists and treats empty values as unset", () => {
    const c = loadConfig({ ADMIN_IDS: "1, 22 ,333", PUBLIC_URL: "", STAFF_ALERT_CHAT_ID: "-100123" });
    expect(c.ADMIN_IDS).toEqual([1n, 22n, 333n]);
    expect(c.PUBLIC_URL).toBeUndefined();
    expect(c.STAFF_ALERT_CHAT_ID).toBe(-100123n);
  });
});

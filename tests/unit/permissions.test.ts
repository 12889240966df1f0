import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, rolesWith } from "../../src/domain/staff/permissions.js";
import { STAFF_ROLES } from "../../src/domain/staff/staff.js";

// The permission table is the one place a role's powers are written down. The doors (src/bot,
// src/api) ask it and never compare role names themselves; a second, drifting copy of a rule
// (supervisors could edit articles from the bot but not from the API) is how it went wrong before.

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });

describe("the permission table", () => {
  it("names a list of powers for every role, and only known powers", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...STAFF_ROLES].sort());
    for (const powers of Object.values(ROLE_PERMISSIONS)) for (const p of powers) expect(PERMISSIONS).toContain(p);
  });

  it("decides supervisors and articles one way: they may edit them", () => {
    expect(can({ role: "supervisor" }, "kb.edit")).toBe(true);
    expect(rolesWith("kb.edit").sort()).toEqual(["admin", "editor", "supervisor"]);
    expect(can({ role: "agent" }, "kb.edit")).toBe(false);
  });

  it("keeps the team, the queues, macros and automations to admins", () => {
    for (const p of ["staff.manage", "queues.manage", "macros.manage", "automations.manage"] as const) expect(rolesWith(p)).toEqual(["admin"]);
    expect(rolesWith("queues.view").sort()).toEqual(["admin", "supervisor"]);
    expect(rolesWith("community.moderate").sort()).toEqual(["admin", "moderator", "supervisor"]);
  });

  it("refuses everything to someone no longer active", () => {
    for (const p of PERMISSIONS) expect(can({ role: "admin", active: false }, p)).toBe(false);
  });

  it("is the only place the bot and the API learn what a role may do", () => {
    // A role name in quotes next to `.role`, a role list checked for membership, or the old
    // ranking helper: each is a rule written a second time.
    const secondCopies = [
      /\bhasRole\b/,
      /\.role\s*[!=]==?\s*["'`]/,
      /["'`]\s*[!=]==?\s*\w+\.role\b/,
      /\.(has|includes)\(\s*[\w.]*\.role\s*\)/,
      /role:\s*\{\s*in:/,
      /\b\w*_?ROLES\b\s*=\s*(new Set\()?\[\s*["'`]/,
    ];
    const offenders = [...filesUnder("src/bot"), ...filesUnder("src/api")].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (secondCopies.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { createSqlPool, prepared } from "../../src/db/sql.js";

// Pools connect lazily: nothing here reaches a server.
const direct = createSqlPool("postgresql://nobody@127.0.0.1:1/none", 1);
const pooled = createSqlPool("postgresql://nobody@127.0.0.1:1/none", 1, { transactionPooler: true });
afterAll(async () => {
  await direct.end();
  await pooled.end();
});

describe("prepared statements", () => {
  it("are prepared by name on a direct connection, and never behind a transaction pooler", () => {
    expect(prepared(direct, "page", "SELECT $1::int", [1])).toEqual({ name: "page", text: "SELECT $1::int", values: [1] });
    expect(prepared(pooled, "page", "SELECT $1::int", [1])).toEqual({ text: "SELECT $1::int", values: [1] });
  });
});

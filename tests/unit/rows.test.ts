import { describe, expect, it } from "vitest";
import { arrayOf, date, int, nullable, objectOf, oneOf, rowReader, RowShapeError, text } from "../../src/db/rows.js";

describe("checked row reading", () => {
  const read = rowReader("test page", {
    number: int,
    status: oneOf(["open", "closed"]),
    note: nullable(text),
    at: date,
    items: arrayOf(objectOf("test item", { id: int, at: date })),
  });

  it("gives a row its type, reading PostgreSQL's json timestamps as UTC", () => {
    const at = new Date("2026-03-02T09:00:00.120Z");
    const row = read({ number: 7, status: "open", note: null, at, items: [{ id: 1, at: "2026-03-02T09:00:00.12" }], extra: "ignored" });
    expect(row).toEqual({ number: 7, status: "open", note: null, at, items: [{ id: 1, at }] });
  });

  it("names the column that drifted from its query", () => {
    const ok = { number: 7, status: "open", note: null, at: new Date(), items: [] };
    expect(() => read({ ...ok, number: "7" })).toThrow(new RowShapeError("test page", "number", "an integer", "7"));
    expect(() => read({ ...ok, status: "lost" })).toThrow(/column "status" should be one of open, closed, got string/);
    expect(() => read({ ...ok, at: "yesterday" })).toThrow(/column "at" should be a timestamp/);
    const { note: _note, ...withoutNote } = ok;
    expect(() => read(withoutNote)).not.toThrow(); // a nullable column may be absent
    const { number: _gone, ...missing } = ok;
    expect(() => read(missing)).toThrow(/column "number" should be an integer, got undefined/);
    expect(() => read({ ...ok, items: [{ id: 1.5, at: "2026-03-02T09:00:00" }] })).toThrow(/test item: column "id" should be an integer/);
  });
});

// Typed, checked reading of rows that plain SQL returns. A query's column list and the TypeScript
// type of its result are written apart; a reader built from one spec gives the result its type and
// checks every row against it at run time, so a renamed column or a changed type fails loudly at
// the query that drifted instead of reaching a page as `undefined`. A check costs well under a
// microsecond per column: cheap enough for the hottest reads.

/** A row that does not have the shape its query promises. */
export class RowShapeError extends Error {
  constructor(where: string, column: string, expected: string, value: unknown) {
    super(`${where}: column "${column}" should be ${expected}, got ${value === null ? "null" : typeof value}`);
    this.name = "RowShapeError";
  }
}

const INVALID: unique symbol = Symbol("invalid");
type Invalid = typeof INVALID;

/** Reads one column's value, or answers INVALID; `expected` says what it takes, for the error. */
export interface Column<T> {
  (value: unknown): T | Invalid;
  expected: string;
}

function column<T>(expected: string, read: (value: unknown) => T | Invalid): Column<T> {
  return Object.assign(read, { expected });
}

export const int = column("an integer", (v) => (typeof v === "number" && Number.isInteger(v) ? v : INVALID));
export const num = column("a number", (v) => (typeof v === "number" && Number.isFinite(v) ? v : INVALID));
export const text = column("text", (v) => (typeof v === "string" ? v : INVALID));
export const bool = column("a boolean", (v) => (typeof v === "boolean" ? v : INVALID));
/** A bigint column (Telegram ids): both the desk's pool and Prisma read them as BigInt. */
export const bigint = column("a bigint", (v) => (typeof v === "bigint" ? v : INVALID));

/**
 * A timestamp: a Date from a column (the pool reads `timestamp` as UTC), or the ISO text that
 * PostgreSQL writes for a timestamp inside json (UTC, without a zone).
 */
export const date = column("a timestamp", (v) => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? INVALID : v;
  if (typeof v !== "string") return INVALID;
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
  return Number.isNaN(d.getTime()) ? INVALID : d;
});

/** A value of a shape the caller checks (say, the items of a jsonb column). */
export function shaped<T>(expected: string, is: (value: unknown) => value is T): Column<T> {
  return column(expected, (v) => (is(v) ? v : INVALID));
}

export function oneOf<const T extends string>(values: readonly T[]): Column<T> {
  const allowed = new Set<string>(values);
  return column(`one of ${values.join(", ")}`, (v) => (typeof v === "string" && allowed.has(v) ? (v as T) : INVALID));
}

export function nullable<T>(c: Column<T>): Column<T | null> {
  return column(`${c.expected} or null`, (v) => (v === null || v === undefined ? null : c(v)));
}

/** An array (json, jsonb or SQL) whose items are each read by `item`. */
export function arrayOf<T>(item: Column<T>): Column<T[]> {
  return column(`an array of ${item.expected}`, (v) => {
    if (!Array.isArray(v)) return INVALID;
    const out: T[] = [];
    for (const x of v) {
      const y = item(x);
      if (y === INVALID) return INVALID;
      out.push(y);
    }
    return out;
  });
}

type Spec = Record<string, Column<unknown>>;
export type RowOf<S extends Spec> = { [K in keyof S]: S[K] extends Column<infer T> ? T : never };

/** A reader for rows (or json objects) holding the columns `spec` names, checked and typed. */
export function rowReader<S extends Spec>(where: string, spec: S): (row: unknown) => RowOf<S> {
  const columns = Object.entries(spec);
  return (row) => {
    if (!row || typeof row !== "object") throw new RowShapeError(where, "(row)", "an object", row);
    const r = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, read] of columns) {
      const v = read(r[name]);
      if (v === INVALID) throw new RowShapeError(where, name, read.expected, r[name]);
      out[name] = v;
    }
    return out as RowOf<S>;
  };
}

/** Objects inside a row (a json_agg column), each read like a row of their own. */
export function objectOf<S extends Spec>(where: string, spec: S): Column<RowOf<S>> {
  const read = rowReader(where, spec);
  return column(`an object (${where})`, (v) => read(v));
}

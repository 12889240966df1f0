import pg from "pg";

// adapter-pg cannot map PostgreSQL's catalog column types, which Prisma's WASM schema engine reads
// while migrating ("Column type 'name' could not be deserialized"). Reporting them as text is
// harmless: their values already arrive as strings.
const AS_TEXT = new Map<number, number>([
  [18, 25], // "char"
  [19, 25], // name
  [24, 25], // regproc
  [2205, 25], // regclass
  [1002, 1009], // "char"[]
  [1003, 1009], // name[]
]);

function rewriteFields<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as Array<{ fields?: Array<{ dataTypeID: number }> }>) {
    for (const field of r?.fields ?? []) {
      const mapped = AS_TEXT.get(field.dataTypeID);
      if (mapped !== undefined) field.dataTypeID = mapped;
    }
  }
  return result;
}

function patchClient(client: pg.PoolClient): pg.PoolClient {
  const marked = client as pg.PoolClient & { __catalogPatched?: boolean };
  if (marked.__catalogPatched) return client;
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(rewriteFields) : out;
  };
  marked.__catalogPatched = true;
  return client;
}

/** A pg.Pool for Prisma's migration engine; ordinary queries do not need it. */
export class CatalogTypePool extends pg.Pool {
  override query(...args: unknown[]): never {
    const out = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    return (out instanceof Promise ? out.then(rewriteFields) : out) as never;
  }

  override connect(...args: unknown[]): never {
    if (typeof args[0] === "function") {
      const cb = args[0] as (err: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;
      return super.connect((err, client, done) => cb(err, client ? patchClient(client) : client, done)) as never;
    }
    return super.connect().then(patchClient) as never;
  }
}

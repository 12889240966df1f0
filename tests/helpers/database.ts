import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { createPrismaClient, sharePool, type Db } from "../../src/db/index.js";
import { createSqlPool } from "../../src/db/sql.js";
import { seedDefaults } from "../../src/db/seed.js";
import { adminQuery, withDatabase } from "../setup/global-database.js";

export interface TestDatabase {
  url: string;
  prisma: Db;
  drop(): Promise<void>;
}

/** A fresh, migrated and seeded database of this test file's own. */
export async function createTestDatabase(opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const admin = inject("adminDatabaseUrl");
  const name = `desk_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(admin, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
  const url = withDatabase(admin, name);
  // As the desk opens its database: Prisma and the hot plain-SQL statements on one pool.
  const sql = createSqlPool(url, 10);
  const prisma = createPrismaClient(sql);
  sharePool(prisma, sql);
  if (opts.seed !== false) await seedDefaults(prisma, []);
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await sql.end();
      await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Empties what the domain tests write (customers cascade to tickets, messages, events), so each test starts clean. */
export async function resetDeskData(db: Db): Promise<void> {
  await db.$executeRawUnsafe("TRUNCATE tickets, staff_members, outbox_messages, customers, ratings, automation_rules, audit_log RESTART IDENTITY CASCADE");
}

/**
 * A test file's own database (see createTestDatabase), made before its tests and dropped after
 * them; with `resetEach`, emptied of desk data before each test. Read `url` and `prisma` inside
 * tests and hooks: they exist once the file's set-up has run.
 */
export function useTestDatabase(opts: { seed?: boolean; resetEach?: boolean } = {}): TestDatabase {
  let db: TestDatabase | undefined;
  const made = () => {
    if (!db) throw new Error("the test database is made in beforeAll: read it inside a test or a hook");
    return db;
  };
  beforeAll(async () => {
    db = await createTestDatabase(opts.seed === undefined ? {} : { seed: opts.seed });
  });
  afterAll(async () => {
    await db?.drop();
  });
  if (opts.resetEach) beforeEach(() => resetDeskData(made().prisma));
  return {
    get url() {
      return made().url;
    },
    get prisma() {
      return made().prisma;
    },
    drop: () => made().drop(),
  };
}

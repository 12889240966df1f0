import { resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Logger } from "pino";
import { PrismaClient } from "./generated/client.js";
import { startEmbeddedPostgres } from "./embedded.js";
import { applyMigrations } from "./migrate.js";
import { createSqlPool, type Sql } from "./sql.js";
export type { Sql } from "./sql.js";

export type Db = PrismaClient;
export type { Prisma } from "./generated/client.js";
/** A Prisma client or an open transaction: domain functions accept either. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  prisma: PrismaClient;
  sql: Sql;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = resolve(import.meta.dirname, "../../prisma/migrations");

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  embeddedDir: string;
  embeddedPort: number;
  log: Logger;
  poolSize?: number;
}

/** Connects (starting the embedded server when no URL is given) and applies pending migrations. */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const embedded = opts.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(opts.embeddedDir, opts.embeddedPort, opts.log.child({ module: "embedded-pg" }));
  const url = opts.databaseUrl ?? embedded!.url();
  try {
    const { applied } = await applyMigrations(url, MIGRATIONS_DIR);
    if (applied.length) opts.log.info({ applied }, "applied database migrations");
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const prisma = createPrismaClient(url, opts.poolSize);
  const sql = createSqlPool(url, opts.poolSize);
  return {
    prisma,
    sql,
    url,
    embedded: Boolean(embedded),
    async close() {
      await prisma.$disconnect();
      await sql.end();
      await embedded?.stop();
    },
  };
}

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

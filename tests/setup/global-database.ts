// One PostgreSQL for the whole run (DATABASE_URL when set, otherwise an embedded one), and one
// migrated template database; every test file clones its own database from it.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/db/embedded.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { MIGRATIONS_DIR } from "../../src/db/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), "desk-test-pg-"));
    // As root, PostgreSQL runs as its own OS user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    const port = 55_000 + (process.pid % 5_000);
    embedded = await startEmbeddedPostgres(dataDir, port);
    adminUrl = embedded.url("postgres");
  }
  const template = `desk_test_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}"`);
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  await applyMigrations(withDatabase(adminUrl, template), MIGRATIONS_DIR);

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => undefined);
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapterFactory } from "./src/db/migration-adapter.js";

// Prisma's migrations run on its WASM schema engine through the pg driver adapter: no native
// engine is downloaded, so every command works offline. Run the CLI through `npm run db -- ...`
// (scripts/prisma.ts), which also starts the embedded database when DATABASE_URL is unset.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run db -- <command>`.");
    return migrationAdapterFactory(url);
  },
});

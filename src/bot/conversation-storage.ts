import type { VersionedStateStorage } from "@grammyjs/conversations";
import type { Sql } from "../db/sql.js";

/** Conversation state in PostgreSQL, so a restart in the middle of a dialogue resumes it. */
export function postgresConversationStorage<S>(sql: Sql): VersionedStateStorage<string, S> {
  return {
    async read(key) {
      const { rows } = await sql.query<{ value: unknown }>("SELECT value FROM bot_sessions WHERE key = $1", [key]);
      return (rows[0]?.value ?? undefined) as never;
    },
    async write(key, state) {
      await sql.query(
        `INSERT INTO bot_sessions (key, value, updated_at) VALUES ($1, $2, now() AT TIME ZONE 'UTC')
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
        [key, JSON.stringify(state)],
      );
    },
    async delete(key) {
      await sql.query("DELETE FROM bot_sessions WHERE key = $1", [key]);
    },
  };
}

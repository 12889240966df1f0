import type { VersionedStateStorage } from "@grammyjs/conversations";
import type { Db } from "../db/index.js";
import type { Prisma } from "../db/generated/client.js";

/** Conversation state in PostgreSQL, so a restart in the middle of a dialogue resumes it. */
export function postgresConversationStorage<S>(db: Db): VersionedStateStorage<string, S> {
  return {
    async read(key) {
      const row = await db.botSession.findUnique({ where: { key } });
      return (row?.value ?? undefined) as never;
    },
    async write(key, state) {
      const value = state as unknown as Prisma.InputJsonValue;
      await db.botSession.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
    async delete(key) {
      await db.botSession.deleteMany({ where: { key } });
    },
  };
}

import { createHash } from "node:crypto";

// Who sees which variant. A hash of the customer's key and the experiment's id decides, so the
// answer is the same on every instance, after every restart, in the bot and in the outbox, and
// needs no row per customer. The customer's key is their Telegram id: the one identity every path
// that renders a text knows (a bot reply, an outbox notice, the database when results are counted).

/** Buckets of the share: 10,000 of them, so a share can be set to 0.01 %. */
const BUCKETS = 10_000;

export interface AssignableExperiment {
  id: number;
  sharePercent: number;
  variants: ReadonlyArray<{ key: string }>;
}

function hashWords(customerKey: bigint | number | string, experimentId: number): [number, number] {
  const digest = createHash("sha256")
    .update(`${experimentId}:${String(customerKey)}`)
    .digest();
  // Two independent 32-bit words: one says "in the test or not", the other which variant.
  return [digest.readUInt32BE(0), digest.readUInt32BE(4)];
}

/** The variant key this customer sees, or null when they are outside the experiment's share. */
export function variantFor(customerKey: bigint | number | string, experiment: AssignableExperiment): string | null {
  if (!experiment.variants.length) return null;
  const [inWord, variantWord] = hashWords(customerKey, experiment.id);
  if (inWord % BUCKETS >= Math.round(experiment.sharePercent * (BUCKETS / 100))) return null;
  return experiment.variants[variantWord % experiment.variants.length]!.key;
}

import { z } from "zod";
import { skeleton } from "./lookalike.js";

// What a group's guard allows, stored with the chat (community_chats.settings) and changed by its
// admins with /community_set. Defaults follow the guide: a short captcha, a newcomer period, and
// only the official domains trusted.

export const communitySettings = z.object({
  /** Seconds a newcomer has to answer the captcha before being removed. */
  captchaSeconds: z.number().int().min(30).max(3600).default(120),
  /** Join requests wait for a moderator after the captcha. */
  manualApproval: z.boolean().default(false),
  /** A newcomer is someone with fewer messages than this... */
  newcomerMessages: z.number().int().min(0).max(1000).default(5),
  /** ...or who joined less than this many hours ago. */
  newcomerHours: z
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
  /** More than floodMessages within floodSeconds is flooding. */
  floodMessages: z.number().int().min(2).max(100).default(6),
  floodSeconds: z.number().int().min(1).max(600).default(10),
  /** How long flooding mutes a member. */
  floodMuteMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  /** Domains of the product itself: links to them are always fine. */
  officialDomains: z.array(z.string().min(3).max(253)).max(50).default([]),
});
export type CommunitySettings = z.infer<typeof communitySettings>;

export function readSettings(raw: unknown): CommunitySettings {
  const parsed = communitySettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : communitySettings.parse({});
}

/** A name the bot protects from imitation: the team's and the bot's own. */
export interface ProtectedName {
  /** Telegram id of the real holder (they may use it). */
  id: number | null;
  skeleton: string;
}

/** Words a clone account puts in its name to pass for the team, in the desk's languages. */
export const STAFF_WORDS = [
  "support",
  "helpdesk",
  "admin",
  "moderator",
  "official",
  "поддержка",
  "админ",
  "модератор",
  "지원팀",
  "고객센터",
  "客服",
  "管理员",
  "الدعم",
  "ฝ่ายสนับสนุน",
  "dəstək",
].map(skeleton);

export interface GuardPolicy {
  settings: CommunitySettings;
  official: readonly string[];
  protectedNames: readonly ProtectedName[];
}

export function guardPolicy(settings: CommunitySettings, people: Array<{ id: number | null; names: string[] }>): GuardPolicy {
  const protectedNames: ProtectedName[] = [];
  for (const p of people) {
    for (const n of p.names) {
      const s = skeleton(n);
      // Very short names ("Al") would flag half the group.
      if (s.length >= 4) protectedNames.push({ id: p.id, skeleton: s });
    }
  }
  return { settings, official: settings.officialDomains.map((d) => d.toLowerCase().replace(/^www\./, "")), protectedNames };
}

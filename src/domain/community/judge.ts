import { editDistance, hostOf, judgeHost, skeleton } from "./lookalike.js";
import { STAFF_WORDS, type GuardPolicy } from "./policy.js";

// One group message judged: pure and fast (it runs for every message of a busy group). The bot
// turns a Telegram message into MessageFacts; the verdict says what to do and why.

export interface MessageFacts {
  senderId: number;
  /** First and last name, and the @username, as Telegram shows them. */
  senderNames: string[];
  text: string;
  /** Links from the message's entities (url, text_link); bare domains in the text are found here too. */
  links: string[];
  hasMedia: boolean;
  isForward: boolean;
  hasMention: boolean;
  at: Date;
}

export interface MemberFacts {
  messages: number;
  joinedAt: Date;
  floodStartedAt: Date | null;
  floodCount: number;
  /** Admins, moderators and the team: not limited (they are still protected from clones). */
  trusted: boolean;
  /** Already flagged as an imitation: not flagged twice. */
  flagged: boolean;
}

export type Reason = "flood" | "scam-link" | "lookalike-link" | "impersonation" | "newcomer-link" | "newcomer-media" | "newcomer-forward" | "newcomer-mention";

/** Reasons that count as spam or phishing in the figures (a newcomer's link is only early). */
export const SPAM_REASONS: ReadonlySet<Reason> = new Set(["flood", "scam-link", "lookalike-link", "impersonation"]);

export interface Verdict {
  action: "allow" | "delete" | "restrict";
  reason: Reason | null;
  /** The member's flood window after this message. */
  flood: { startedAt: Date; count: number };
  /** The protected name imitated, when reason is impersonation. */
  imitates?: string;
}

// Known scam phrasings and link shapes (giveaways, wallet "verification", shortened links).
const SCAM_TEXT = [
  /\b(free|claim|get)\s+(usdt|btc|eth|ton|crypto|nft|airdrop)/i,
  /\bairdrop\b/i,
  /\b(wallet|seed)\s*(connect|phrase|verification|sync)/i,
  /\bdouble\s+your\s+(money|crypto|btc)/i,
  /(бесплатн\w*|раздача)\s+(крипт|usdt|btc|токен)/i,
  /(免费|空投).{0,6}(币|usdt|btc)/i,
];
const SCAM_HOSTS = /^(bit\.ly|tinyurl\.com|cutt\.ly|is\.gd|goo\.su|clck\.ru|t\.co|rb\.gy|shorturl\.at)$/;
const BARE_DOMAIN = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?:\/[^\s]*)?/giu;

/** Links written as plain text ("examp1e.com/login") that Telegram did not mark as links. */
export function linksInText(text: string): string[] {
  return text.match(BARE_DOMAIN) ?? [];
}

/** Whether a member's names imitate a protected name (the team's, the bot's, "Support"). */
export function imitation(names: string[], senderId: number, policy: GuardPolicy): string | null {
  for (const name of names) {
    const s = skeleton(name);
    if (s.length < 4) continue;
    for (const p of policy.protectedNames) {
      if (p.id === senderId) return null;
      if (s === p.skeleton || s.includes(p.skeleton) || (p.skeleton.length >= 6 && editDistance(s, p.skeleton, 1) <= 1)) return p.skeleton;
    }
    for (const word of STAFF_WORDS) if (word.length >= 4 && s.includes(word)) return word;
  }
  return null;
}

export function judgeMessage(m: MessageFacts, member: MemberFacts, policy: GuardPolicy): Verdict {
  const s = policy.settings;
  const windowMs = s.floodSeconds * 1000;
  const fresh = !member.floodStartedAt || m.at.getTime() - member.floodStartedAt.getTime() > windowMs;
  const flood = fresh ? { startedAt: m.at, count: 1 } : { startedAt: member.floodStartedAt!, count: member.floodCount + 1 };
  const verdict = (action: Verdict["action"], reason: Reason | null, extra: Partial<Verdict> = {}): Verdict => ({ action, reason, flood, ...extra });

  // A clone of the team is dangerous whatever it writes: first.
  if (!member.trusted && !member.flagged) {
    const imitates = imitation(m.senderNames, m.senderId, policy);
    if (imitates) return verdict("restrict", "impersonation", { imitates });
  }
  if (member.trusted) return verdict("allow", null);
  if (flood.count > s.floodMessages) return verdict("restrict", "flood");

  const links = m.links.length ? [...m.links, ...linksInText(m.text)] : linksInText(m.text);
  let other = false;
  for (const link of links) {
    const host = hostOf(link);
    if (!host) continue;
    if (SCAM_HOSTS.test(host)) return verdict("restrict", "scam-link");
    const kind = judgeHost(host, policy.official);
    if (kind === "lookalike") return verdict("restrict", "lookalike-link");
    if (kind === "other") other = true;
  }
  if (SCAM_TEXT.some((re) => re.test(m.text))) return verdict("restrict", "scam-link");

  const newcomer = member.messages < s.newcomerMessages || m.at.getTime() - member.joinedAt.getTime() < s.newcomerHours * 3_600_000;
  if (newcomer) {
    if (other) return verdict("delete", "newcomer-link");
    if (m.hasMedia) return verdict("delete", "newcomer-media");
    if (m.isForward) return verdict("delete", "newcomer-forward");
    if (m.hasMention) return verdict("delete", "newcomer-mention");
  }
  return verdict("allow", null);
}

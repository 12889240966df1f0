import { describe, expect, it } from "vitest";
import { imitation, judgeMessage, type MemberFacts, type MessageFacts } from "../../src/domain/community/judge.js";
import { judgeHost, skeleton } from "../../src/domain/community/lookalike.js";
import { communitySettings, guardPolicy } from "../../src/domain/community/policy.js";

const at = new Date("2026-11-30T10:00:00Z");
const policy = guardPolicy(communitySettings.parse({ officialDomains: ["acme.com"], newcomerMessages: 3, newcomerHours: 0 }), [
  { id: 500, names: ["Maria Petrova", "maria_p"] },
  { id: 1, names: ["Support"] },
]);
const msg = (text: string, extra: Partial<MessageFacts> = {}): MessageFacts => ({
  senderId: 42,
  senderNames: ["Leo"],
  text,
  links: [],
  hasMedia: false,
  isForward: false,
  hasMention: false,
  at,
  ...extra,
});
const regular: MemberFacts = { messages: 10, joinedAt: new Date(0), floodStartedAt: null, floodCount: 0, trusted: false, flagged: false };

describe("look-alikes", () => {
  it("folds homoglyphs, digits for letters and 'rn' for 'm' into one skeleton", () => {
    expect(skeleton("Ѕuрpоrt")).toBe(skeleton("support"));
    expect(skeleton("Supp0rt")).toBe(skeleton("Support"));
    expect(skeleton("exarnple")).toBe(skeleton("example"));
  });

  it("tells official domains, imitations and other sites apart", () => {
    expect(judgeHost("help.acme.com", ["acme.com"])).toBe("official");
    for (const fake of ["acrne.com", "acme-support.net", "acmee.io", "аcme.com", "login.acme.com.evil.io"])
      expect(judgeHost(fake, ["acme.com"]), fake).toBe("lookalike");
    expect(judgeHost("wikipedia.org", ["acme.com"])).toBe("other");
  });

  it("flags names imitating the team or the bot, never the real holder", () => {
    expect(imitation(["Mаriа Pеtrovа"], 77, policy)).not.toBeNull();
    expect(imitation(["Maria Petrova"], 500, policy)).toBeNull();
    expect(imitation(["Customer Suppоrt"], 77, policy)).not.toBeNull();
    expect(imitation(["Leo Tolstoy"], 77, policy)).toBeNull();
  });
});

describe("judging a message", () => {
  it("lets plain talk through and stops scams and look-alike links for everyone", () => {
    expect(judgeMessage(msg("Has anyone tried the new app?"), regular, policy).action).toBe("allow");
    expect(judgeMessage(msg("see https://acme.com/help", { links: ["https://acme.com/help"] }), regular, policy).action).toBe("allow");
    expect(judgeMessage(msg("login at acrne.com/secure"), regular, policy)).toMatchObject({ action: "restrict", reason: "lookalike-link" });
    expect(judgeMessage(msg("Free USDT for everyone"), regular, policy)).toMatchObject({ action: "restrict", reason: "scam-link" });
    expect(judgeMessage(msg("bit.ly/abc"), regular, policy)).toMatchObject({ reason: "scam-link" });
  });

  it("holds back a newcomer's links, media, forwards and mentions only during the newcomer period", () => {
    const newcomer = { ...regular, messages: 1 };
    expect(judgeMessage(msg("https://blog.io", { links: ["https://blog.io"] }), newcomer, policy).reason).toBe("newcomer-link");
    expect(judgeMessage(msg("", { hasMedia: true }), newcomer, policy).reason).toBe("newcomer-media");
    expect(judgeMessage(msg("x", { isForward: true }), newcomer, policy).reason).toBe("newcomer-forward");
    expect(judgeMessage(msg("@bob hi", { hasMention: true }), newcomer, policy).reason).toBe("newcomer-mention");
    expect(judgeMessage(msg("https://blog.io", { links: ["https://blog.io"] }), regular, policy).action).toBe("allow");
  });

  it("counts a flood window and restricts past the limit", () => {
    let member = regular;
    let last = judgeMessage(msg("hi"), member, policy);
    for (let i = 0; i < 6; i++) {
      member = { ...member, floodStartedAt: last.flood.startedAt, floodCount: last.flood.count };
      last = judgeMessage(msg("hi", { at: new Date(at.getTime() + i * 500) }), member, policy);
    }
    expect(last).toMatchObject({ action: "restrict", reason: "flood" });
    const later = judgeMessage(msg("hi", { at: new Date(at.getTime() + 60_000) }), member, policy);
    expect(later.action).toBe("allow");
  });
});

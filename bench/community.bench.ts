// Judging group messages: the guard's decision for one message (facts from the Telegram message,
// clone check against the team's names, links against the official domains and scam patterns,
// newcomer limits, flood window). A varied stream of messages as a busy support group sees them.
// Each figure is the median of three runs.
import type { Message, User } from "grammy/types";
import { messageFacts } from "../src/bot/community/community.js";
import { judgeMessage } from "../src/domain/community/judge.js";
import { communitySettings, guardPolicy } from "../src/domain/community/policy.js";
import { median, percentile, round, type Benchmark } from "./types.js";

const MESSAGES = Number(process.env.BENCH_COMMUNITY_MESSAGES ?? 20_000);
const RUNS = 3;

const SAMPLES = [
  "Hi all, has anyone else had trouble logging in today?",
  "Docs are here: https://acme.com/help/login",
  "Check out https://cheap-followers.io/deal now!!!",
  "Verify at https://acrne.com/secure to keep your account",
  "Free USDT airdrop for the first 100 people",
  "Привет! Как сменить номер телефона?",
  "怎么修改邮箱地址？",
  "ok thanks, that worked 👍",
  "@maria_p could you look at my ticket please",
  "bit.ly/3xYz win prizes",
];
const NAMES = ["Anna Smith", "Mаriа Pеtrovа", "Support Team", "Leo", "Olga K", "Tom", "Suppоrt", "Kim Jiwoo"];

export const community: Benchmark = {
  name: "community",
  async run() {
    const settings = communitySettings.parse({ officialDomains: ["acme.com", "acme.help", "status.acme.com"] });
    const people = [
      { id: 500, names: ["Maria Petrova", "maria_p"] },
      ...Array.from({ length: 25 }, (_, i) => ({ id: 600 + i, names: [`Agent Number${i} Surname`] })),
      { id: 1, names: ["Support", "support_desk_bot"] },
    ];
    const policy = guardPolicy(settings, people);
    const runs: Array<{ p99: number; p50: number; perSecond: number; stopped: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      const base = Date.now();
      const times: number[] = [];
      let restricted = 0;
      const started = performance.now();
      for (let i = 0; i < MESSAGES; i++) {
        const text = SAMPLES[i % SAMPLES.length]!;
        const from: User = { id: 10_000 + (i % 500), is_bot: false, first_name: NAMES[i % NAMES.length]! };
        const url = /https?:\/\/\S+/.exec(text);
        const msg = {
          message_id: i,
          date: 0,
          chat: { id: -100, type: "supergroup", title: "g" },
          from,
          text,
          ...(url ? { entities: [{ type: "url", offset: url.index, length: url[0].length }] } : {}),
        } as unknown as Message;
        const at = new Date(base + i * 50);
        const t0 = performance.now();
        const facts = messageFacts(msg, from, at);
        const verdict = judgeMessage(
          facts,
          { messages: i % 9, joinedAt: new Date(base - (i % 3) * 86_400_000), floodStartedAt: null, floodCount: 0, trusted: false, flagged: false },
          policy,
        );
        times.push(performance.now() - t0);
        if (verdict.action !== "allow") restricted++;
      }
      const seconds = (performance.now() - started) / 1000;
      times.sort((a, b) => a - b);
      runs.push({ p99: percentile(times, 99), p50: percentile(times, 50), perSecond: MESSAGES / seconds, stopped: restricted / MESSAGES });
    }
    const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
    return [
      { name: "community_message_p99_ms", value: round(pick("p99"), 3), unit: "ms", target: "< 5" },
      { name: "community_message_p50_ms", value: round(pick("p50"), 3), unit: "ms", target: "-" },
      { name: "community_messages_per_s", value: Math.round(pick("perSecond")), unit: "per_s", target: ">= 500" },
      { name: "community_messages_stopped_ratio", value: round(pick("stopped"), 3), unit: "ratio", target: "-" },
    ];
  },
};

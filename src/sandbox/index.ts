import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config.js";
import type { Db } from "../db/index.js";
import type { Clock } from "../domain/shared/clock.js";
import { listQueues } from "../domain/routing/queues.js";
import { findStaff, saveStaff, setDuty } from "../domain/staff/staff.js";
import { BotApiEmulator, serveEmulator, type RunningEmulator, type SandboxUser } from "./emulator.js";

// The sandbox (SANDBOX, see config.ts): the process plays Telegram for itself, so that `npm start`
// on a fresh machine shows the whole desk in a browser at /sandbox. The bot, the outbox, the job
// runner and the Mini App are the real ones; only the Bot API on the other end is ours.

/** Not a real token: it only signs the sandbox's init data and names the emulator's bot. */
export const SANDBOX_TOKEN = "1000000000:SANDBOX-local-only-not-a-telegram-token";

export const SANDBOX_BOT: UserFromGetMe = {
  id: 1_000_000_000,
  is_bot: true,
  first_name: "Support",
  username: "sandbox_support_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: true,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as UserFromGetMe;

/**
 * Where web-app buttons point in the sandbox. Telegram accepts only https addresses for them; the
 * page opens their path on its own address, inside the customer's phone.
 */
export const SANDBOX_MINI_APP_URL = "https://sandbox.localhost/";

/** The agent's phone: an admin of the sandbox's own, on duty in every queue from the start. */
export const SANDBOX_AGENT: SandboxUser = { id: 1_000_000_001, first_name: "Sam", language_code: "en", username: "sam_support" };
/** The supervisor's phone. */
export const SANDBOX_SUPERVISOR: SandboxUser = { id: 1_000_000_002, first_name: "Maya", language_code: "en", username: "maya_lead" };

/** A clock the page can move forward ("an hour later"), so SLA timers are seen firing in a demo. */
export class SandboxClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface Sandbox {
  running: RunningEmulator;
  emulator: BotApiEmulator;
  clock: SandboxClock;
  /** The configuration the rest of the process runs with: the sandbox's token and Bot API. */
  config: Config;
}

export async function startSandbox(config: Config): Promise<Sandbox> {
  const emulator = new BotApiEmulator(SANDBOX_TOKEN, SANDBOX_BOT);
  emulator.addUser(SANDBOX_AGENT);
  emulator.addUser(SANDBOX_SUPERVISOR);
  const running = await serveEmulator(emulator);
  const adminIds = [...config.ADMIN_IDS.filter((id) => id !== BigInt(SANDBOX_AGENT.id)), BigInt(SANDBOX_AGENT.id)];
  return {
    running,
    emulator,
    clock: new SandboxClock(),
    config: { ...config, BOT_TOKEN: SANDBOX_TOKEN, TELEGRAM_API_ROOT: running.apiRoot, BOT_MODE: "polling", ADMIN_IDS: adminIds },
  };
}

/**
 * The team the phones play: the agent (an admin, so every command works) and a supervisor, both
 * on duty in every queue, with names customers see. Runs after the seed made the agent an admin.
 */
export async function prepareSandboxTeam(db: Db, at: Date): Promise<void> {
  const admin = await findStaff(db, BigInt(SANDBOX_AGENT.id));
  if (!admin) return;
  const queues = (await listQueues(db)).filter((q) => q.active).map((q) => q.code);
  const agent = await saveStaff(db, admin.id, BigInt(SANDBOX_AGENT.id), { displayName: SANDBOX_AGENT.first_name, queues, maxConcurrent: 20 }, at);
  // The supervisor watches (alerts, escalations) and takes no tickets of their own unless asked.
  const supervisor = await saveStaff(
    db,
    admin.id,
    BigInt(SANDBOX_SUPERVISOR.id),
    { role: "supervisor", displayName: SANDBOX_SUPERVISOR.first_name, queues, maxConcurrent: 0 },
    at,
  );
  if (!agent.onDuty) await setDuty(db, agent.id, true, at);
  if (!supervisor.onDuty) await setDuty(db, supervisor.id, true, at);
}

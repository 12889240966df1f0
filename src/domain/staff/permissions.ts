import type { StaffMember, StaffRole } from "../../db/generated/client.js";
import { ForbiddenError } from "../shared/errors.js";

// The one table of what each staff role may do. The API's routes, the bot's commands and menus
// and the domain's own checks all ask `can(...)`; a role gains or loses a power here and nowhere
// else (no role names compared anywhere else: tests/unit/permissions.test.ts).

export const PERMISSIONS = [
  /** Take, answer, resolve, move the tickets one holds (the agent's desk in the bot). */
  "tickets.work",
  /** Act on a ticket someone else holds: reassign it, move it to another queue, exceed a limit. */
  "tickets.reassign",
  /** The live board: queues, waits, breaches, who is on duty with what load. */
  "board.view",
  /** The numbers: volumes, response times, CSAT/NPS, FCR...; read-only. */
  "numbers.view",
  /** Each agent's own figures (handled, FRT, CSAT, reopen rate). */
  "agents.view",
  /** Mark customers VIP. */
  "customers.vip",
  /** Queue settings (read) and the team's queues overview. */
  "queues.view",
  /** Add, change and remove staff. */
  "staff.manage",
  /** Add queues, change their SLA policies and hours, pause and resume them. */
  "queues.manage",
  /** Write and delete the team's macros. */
  "macros.manage",
  /** Switch automations on and off; write and delete custom rules. */
  "automations.manage",
  /** Write and publish knowledge-base articles, link searches to them, read their reports. */
  "kb.edit",
  /** Moderate the community group. */
  "community.moderate",
  /** Define, start, stop A/B tests of the bot's texts and ship a winner as the new text. */
  "experiments.manage",
  /** Score sampled conversations and read every agent's quality scores and trend. */
  "quality.review",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const AGENT: Permission[] = ["tickets.work"];
const SUPERVISOR: Permission[] = [
  ...AGENT,
  "tickets.reassign",
  "board.view",
  "numbers.view",
  "agents.view",
  "customers.vip",
  "queues.view",
  "kb.edit",
  "community.moderate",
  "quality.review",
];

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  agent: AGENT,
  supervisor: SUPERVISOR,
  admin: PERMISSIONS,
  editor: ["kb.edit"],
  moderator: ["community.moderate"],
  // Analysts read the numbers and nothing else: no board, no tickets, no changes.
  analyst: ["numbers.view"],
};

export function can(staff: Pick<StaffMember, "role" | "active"> | Pick<StaffMember, "role">, permission: Permission): boolean {
  if ("active" in staff && !staff.active) return false;
  return ROLE_PERMISSIONS[staff.role].includes(permission);
}

/** The roles that hold a permission: for finding the people to tell (moderators, say). */
export function rolesWith(permission: Permission): StaffRole[] {
  return (Object.keys(ROLE_PERMISSIONS) as StaffRole[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function permissionsOf(staff: Pick<StaffMember, "role">): Permission[] {
  return [...ROLE_PERMISSIONS[staff.role]];
}

/** Throws the domain's ForbiddenError (403 in the API, a polite refusal in the bot). */
export function requirePermission(staff: Pick<StaffMember, "role"> | null | undefined, permission: Permission): void {
  if (!staff || !can(staff, permission)) throw new ForbiddenError(`This needs the "${permission}" permission`);
}

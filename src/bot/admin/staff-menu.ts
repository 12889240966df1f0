import { Menu, type MenuFlavor, type MenuRange } from "@grammyjs/menu";
import type { StaffRole } from "../../db/generated/client.js";
import { listQueues } from "../../domain/routing/queues.js";
import { can } from "../../domain/staff/permissions.js";
import { listStaff, removeStaff, saveStaff, STAFF_ROLES, toggleStaffQueue, type StaffChange } from "../../domain/staff/staff.js";
import { escapeHtml } from "../../i18n/index.js";
import { explainFailure, staffOf } from "../agent/helpers.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { menuOutdated } from "../menus/outdated.js";

type MenuContext = BotContext & MenuFlavor;
type Member = Awaited<ReturnType<typeof listStaff>>[number];

// /staff as a menu: the team, one button per person; a person's roles and queues to switch, and
// removal behind a confirmation. Every change goes through the same use cases as /staff_set and
// /staff_remove (audited), and is checked against the presser's role when pressed.

/** The team as the /staff command lists it. */
export function staffListText(ctx: BotContext, staff: Member[]): string {
  return staff
    .map((s) =>
      ctx.t("staff-list-item", {
        name: escapeHtml(s.displayName),
        role: s.role,
        queues: s.queues.map((q) => q.queue.code).join(",") || "—",
        limit: String(s.maxConcurrent),
        duty: ctx.t(s.onDuty ? "staff-duty-mark-on" : "staff-duty-mark-off"),
      }),
    )
    .join("\n");
}

/** Starts a new row before every group of buttons but the first: no empty rows in the keyboard. */
function rows(range: MenuRange<BotContext>): () => void {
  let started = false;
  return () => {
    if (started) range.row();
    started = true;
  };
}

const roleName = (ctx: BotContext, role: StaffRole) => ctx.t(`menu-role-${role}`);
/** The staff member a member menu is about rides in the payload of its buttons. */
const memberPayload = (ctx: BotContext) => (typeof ctx.match === "string" ? ctx.match : "");

export function staffMenu(deps: BotDeps): Menu<BotContext> {
  const list = new Menu<BotContext>("staff", { onMenuOutdated: menuOutdated });
  const member = new Menu<BotContext>("staff-m", { onMenuOutdated: menuOutdated });
  const removal = new Menu<BotContext>("staff-rm", { onMenuOutdated: menuOutdated });

  const pressedMember = async (ctx: BotContext): Promise<Member | null> => {
    const id = Number(memberPayload(ctx));
    return (await listStaff(deps.db)).find((s) => s.id === id) ?? null;
  };

  const showList = async (ctx: MenuContext) => {
    ctx.menu.nav("staff");
    const text = `${staffListText(ctx, await listStaff(deps.db))}\n\n${ctx.t("staff-menu-hint")}`;
    await ctx.editMessageText(text, { parse_mode: "HTML" }).catch(() => undefined);
  };

  const showMember = async (ctx: MenuContext, s: Member | null) => {
    if (!s) return showList(ctx);
    const card = ctx.t("staff-menu-card", {
      name: escapeHtml(s.displayName),
      role: roleName(ctx, s.role),
      queues: s.queues.map((q) => q.queue.code).join(", ") || "—",
      limit: String(s.maxConcurrent),
      duty: ctx.t(s.onDuty ? "staff-duty-mark-on" : "staff-duty-mark-off"),
    });
    await ctx.editMessageText(card, { parse_mode: "HTML" }).catch(() => undefined);
  };

  /** An admin's action on the pressed member (false: nothing done), then the member as they are now. */
  const act = (what: (ctx: MenuContext, s: Member) => Promise<boolean>) => async (ctx: MenuContext) => {
    if (!can(staffOf(ctx), "staff.manage")) return void (await ctx.reply(ctx.t("staff-admins-only")));
    const s = await pressedMember(ctx);
    if (!s) return showList(ctx);
    try {
      if (!(await what(ctx, s))) return;
    } catch (err) {
      return explainFailure(ctx, err);
    }
    ctx.menu.update();
    await showMember(ctx, await pressedMember(ctx));
  };

  /** Runs an admin's change to the pressed member (null: nothing to change), then shows the member as they are now. */
  const change = (what: (s: Member) => StaffChange | null) =>
    act(async (ctx, s) => {
      const wanted = what(s);
      if (!wanted) return false;
      await saveStaff(deps.db, staffOf(ctx).id, s.telegramId, wanted, deps.clock.now());
      return true;
    });

  list.dynamic(async (ctx, range) => {
    (await listStaff(deps.db)).forEach((s, i) => {
      if (i) range.row();
      range.submenu({ text: ctx.t("staff-menu-member", { name: s.displayName, role: roleName(ctx, s.role) }), payload: String(s.id) }, "staff-m", (ctx) =>
        showMember(ctx, s),
      );
    });
  });

  member.dynamic(async (ctx, range) => {
    const s = await pressedMember(ctx);
    const nextRow = rows(range);
    if (s) {
      STAFF_ROLES.forEach((role, i) => {
        if (i % 3 === 0) nextRow();
        const label = `${s.role === role ? "✓ " : ""}${roleName(ctx, role)}`;
        range.text(
          { text: label, payload: memberPayload },
          change((now) => (now.role === role ? null : { role })),
        );
      });
      const mine = s.queues.map((q) => q.queue.code);
      const queues = (await listQueues(deps.db)).filter((q) => q.active);
      queues.forEach((q, i) => {
        if (i % 4 === 0) nextRow();
        const label = `${mine.includes(q.code) ? "✓ " : ""}${q.code}`;
        // Switches this one queue in the database; another admin's switch of another queue at the
        // same moment stays.
        range.text(
          { text: label, payload: memberPayload },
          act(async (ctx, now) => {
            await toggleStaffQueue(deps.db, staffOf(ctx).id, now.id, q.code, deps.clock.now());
            return true;
          }),
        );
      });
      nextRow();
      range.submenu({ text: ctx.t("staff-menu-remove"), payload: memberPayload }, "staff-rm");
    }
    nextRow();
    // The payload keeps this menu's layout the same when the press is matched to a button.
    range.text({ text: ctx.t("menu-back"), payload: memberPayload }, showList);
  });

  removal.dynamic(async (ctx, range) => {
    const s = await pressedMember(ctx);
    if (s) {
      range
        .text({ text: ctx.t("staff-menu-remove-confirm", { name: s.displayName }), payload: memberPayload }, async (ctx) => {
          if (!can(staffOf(ctx), "staff.manage")) return void (await ctx.reply(ctx.t("staff-admins-only")));
          try {
            const removed = await removeStaff(deps.db, staffOf(ctx).id, s.telegramId, deps.clock.now());
            await ctx.reply(ctx.t("staff-removed", { name: escapeHtml(removed.displayName) }), { parse_mode: "HTML" });
          } catch (err) {
            return explainFailure(ctx, err);
          }
          await showList(ctx);
        })
        .row();
    }
    range.back({ text: ctx.t("menu-back"), payload: memberPayload }, async (ctx) => showMember(ctx, await pressedMember(ctx)));
  });

  member.register(removal);
  list.register(member);
  return list;
}

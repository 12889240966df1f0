import { describe, expect, it } from "vitest";
import { saveStaff, toggleStaffQueue } from "../../src/domain/staff/staff.js";
import { useTestDatabase } from "../helpers/database.js";
import { makeAgent } from "../helpers/domain.js";

// Changes to a staff member's queues: all or nothing, and two admins switching different queues at
// the same moment both get their change.

const tdb = useTestDatabase({ resetEach: true });

const AT = new Date("2026-03-02T09:00:00Z");
const codes = async (staffId: number) =>
  (await tdb.prisma.staffQueue.findMany({ where: { staffId }, include: { queue: true } })).map((q) => q.queue.code).sort();

describe("staff changes", () => {
  it("leaves the person in their queues when saving the new list fails half-way", async () => {
    const admin = await makeAgent(tdb.prisma, [], { role: "admin" });
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    // The database refuses the VIP row: the crash lands after the old list was deleted.
    await tdb.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_vip_staff_queue() RETURNS trigger AS $$
      BEGIN
        IF NEW.queue_id = (SELECT id FROM queues WHERE code = 'VIP') THEN RAISE EXCEPTION 'disk full'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await tdb.prisma.$executeRawUnsafe(
      "CREATE TRIGGER refuse_vip_staff_queue BEFORE INSERT ON staff_queues FOR EACH ROW EXECUTE FUNCTION refuse_vip_staff_queue()",
    );
    try {
      await expect(saveStaff(tdb.prisma, admin.id, agent.telegramId, { queues: ["L2", "VIP"], maxConcurrent: 9 }, AT)).rejects.toThrow(/disk full/);
    } finally {
      await tdb.prisma.$executeRawUnsafe("DROP TRIGGER refuse_vip_staff_queue ON staff_queues");
    }
    expect(await codes(agent.id)).toEqual(["L1"]);
    expect(await tdb.prisma.staffMember.findUniqueOrThrow({ where: { id: agent.id } })).toMatchObject({ maxConcurrent: 5 });
    expect(await tdb.prisma.auditLog.count({ where: { action: "staff-save", staffId: admin.id } })).toBe(0);
  });

  it("keeps both of two queue switches made at the same moment", async () => {
    const admin = await makeAgent(tdb.prisma, [], { role: "admin" });
    const other = await makeAgent(tdb.prisma, [], { role: "admin" });
    const agent = await makeAgent(tdb.prisma, ["VIP"]);
    for (let round = 0; round < 5; round++) {
      await Promise.all([toggleStaffQueue(tdb.prisma, admin.id, agent.id, "L1", AT), toggleStaffQueue(tdb.prisma, other.id, agent.id, "L2", AT)]);
      expect(await codes(agent.id)).toEqual(round % 2 === 0 ? ["L1", "L2", "VIP"] : ["VIP"]);
    }
    const audit = await tdb.prisma.auditLog.findMany({ where: { action: "staff-save" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(10);
    expect(audit[0]!.data).toMatchObject({ telegramId: agent.telegramId.toString(), member: true });
  });

  it("refuses a queue that does not exist and someone who is no longer staff", async () => {
    const admin = await makeAgent(tdb.prisma, [], { role: "admin" });
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    await expect(toggleStaffQueue(tdb.prisma, admin.id, agent.id, "NOPE", AT)).rejects.toMatchObject({ code: "not-found" });
    await tdb.prisma.staffMember.update({ where: { id: agent.id }, data: { active: false } });
    await expect(toggleStaffQueue(tdb.prisma, admin.id, agent.id, "L2", AT)).rejects.toMatchObject({ code: "not-found" });
    expect(await codes(agent.id)).toEqual(["L1"]);
  });
});

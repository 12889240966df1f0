import type { Db } from "../../src/db/index.js";

/** The tickets (with their messages) of customers FIRST_ID.., grouped by Telegram id: for the crash and scale-out checks. */
export async function ticketsByCustomer(db: Db, firstId: number, count: number) {
  const tickets = await db.ticket.findMany({
    where: { customer: { telegramId: { gte: BigInt(firstId), lt: BigInt(firstId + count) } } },
    include: { customer: true, messages: { orderBy: { id: "asc" } } },
  });
  const perCustomer = new Map<number, typeof tickets>();
  for (const tk of tickets) {
    const id = Number(tk.customer.telegramId);
    perCustomer.set(id, [...(perCustomer.get(id) ?? []), tk]);
  }
  return perCustomer;
}

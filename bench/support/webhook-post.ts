// A customer's message as Telegram posts it to the desk's webhook: the intake benchmarks' load.

/** Posts a private-chat message from customer `customerId` that needs a person; throws unless the desk took it. */
export async function postCustomerMessage(deskUrl: string, secret: string, customerId: number, updateId: number): Promise<void> {
  const res = await fetch(`${deskUrl}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify({
      update_id: updateId,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: customerId, type: "private", first_name: "Customer" },
        from: { id: customerId, is_bot: false, first_name: "Customer", language_code: "en" },
        text: `I need a human operator, order ${customerId} never arrived`,
      },
    }),
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}

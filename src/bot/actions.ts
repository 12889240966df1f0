import type { Composer, Context, Filter } from "grammy";
import { decode, type ActionOf, type CallbackAction, type CallbackKind } from "../domain/callback-data.js";

export type PressContext<C extends Context> = Filter<C, "callback_query:data">;

// A press is decoded once (src/domain/callback-data.ts); handlers are chosen by what it means,
// never by matching the raw string again.
const decoded = new WeakMap<object, CallbackAction | null>();

export function actionOf(ctx: PressContext<Context>): CallbackAction | null {
  const query = ctx.callbackQuery;
  if (!decoded.has(query)) decoded.set(query, decode(query.data));
  return decoded.get(query)!;
}

/** Runs `handler` for presses of the given kind(s); other presses pass on down the chain. */
export function onAction<C extends Context, K extends CallbackKind>(
  composer: Composer<C>,
  kinds: K | readonly K[],
  handler: (ctx: PressContext<C>, action: ActionOf<K>) => unknown,
): void {
  const wanted: readonly CallbackKind[] = typeof kinds === "string" ? [kinds] : kinds;
  composer.on("callback_query:data").filter(
    (ctx) => {
      const action = actionOf(ctx);
      return action !== null && wanted.includes(action.kind);
    },
    async (ctx) => {
      await handler(ctx, actionOf(ctx) as ActionOf<K>);
    },
  );
}

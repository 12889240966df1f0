import type { InlineKeyboardButton } from "grammy/types";
import { encode } from "../../domain/callback-data.js";
import type { MacroSuggestion } from "../../domain/macros/assist.js";

// The agent-assist buttons: one per suggested macro, pressed in src/bot/agent/assist.ts.

export function macroButtons(macros: readonly MacroSuggestion[], ticketNumber: number): InlineKeyboardButton[][] {
  return macros.map((m) => [{ text: `⚡ ${m.title}`.slice(0, 60), callback_data: encode({ kind: "assist-macro", code: m.code, ticket: ticketNumber }) }]);
}

import type { InlineKeyboardButton } from "grammy/types";
import type { MacroSuggestion } from "../../domain/macros/assist.js";

// The agent-assist buttons and what their callback data says, in one place.

/** Callback data "am:<macro code>:<ticket number>" (a macro code is at most 40 characters). */
export const MACRO_PRESS = /^am:([a-z0-9][a-z0-9-]{1,39}):(\d{1,9})$/;

export function macroButtons(macros: readonly MacroSuggestion[], ticketNumber: number): InlineKeyboardButton[][] {
  return macros.map((m) => [{ text: `⚡ ${m.title}`.slice(0, 60), callback_data: `am:${m.code}:${ticketNumber}` }]);
}

import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Logger } from "pino";
import type { Customer, StaffMember } from "../db/generated/client.js";

export interface BotState {
  log: Logger;
  /** The customer's language, from their record (settings) or Telegram. */
  languageCode?: string;
  customer?: Customer;
  /** Set when the person in a private chat is on the support team. */
  staff?: StaffMember;
  /** A customer who was on the support team once (their chat may still carry staff things). */
  formerStaff?: boolean;
}

export type BotContext = Context & I18nFlavor & BotState;

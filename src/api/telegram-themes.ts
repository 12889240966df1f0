// Telegram's default palettes, as its apps send them to a Mini App (themeParams): used where the
// desk itself opens the Mini App outside Telegram (the sandbox, the development sign-in) and by
// the browser tests.
export const TELEGRAM_THEMES = {
  light: {
    bg_color: "#ffffff",
    text_color: "#000000",
    hint_color: "#707579",
    link_color: "#3390ec",
    button_color: "#3390ec",
    button_text_color: "#ffffff",
    secondary_bg_color: "#f4f4f5",
    section_bg_color: "#ffffff",
    accent_text_color: "#3390ec",
    subtitle_text_color: "#707579",
    destructive_text_color: "#e53935",
  },
  dark: {
    bg_color: "#212121",
    text_color: "#ffffff",
    hint_color: "#aaaaaa",
    link_color: "#8774e1",
    button_color: "#8774e1",
    button_text_color: "#ffffff",
    secondary_bg_color: "#181818",
  },
} as const;

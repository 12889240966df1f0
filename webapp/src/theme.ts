/**
 * Readable colours from whatever palette Telegram passes.
 *
 * Telegram's themes set hint and link colours for its own large UI, not for small text on the
 * backgrounds this app uses: #999 on #efeff3 is 2.5:1, white on its default button blue 4.1:1.
 * Each text colour is therefore moved, step by step towards black or white (whichever its
 * backgrounds call for), just until it reaches WCAG AA (4.5:1) on every background it is drawn
 * on; a colour that already passes is left exactly as Telegram sent it. The results go into
 * --ui-* custom properties on <html>, which styles.css prefers over the theme's own.
 */

type Rgb = readonly [number, number, number];

export const AA = 4.5;
/** Aim a hair above AA: browsers round colours when they mix them. */
const AIM = 4.6;

export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return [...m[1]!].map((c) => parseInt(c + c, 16)) as unknown as Rgb;
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1]!.slice(i, i + 2), 16)) as unknown as Rgb;
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(v);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return null;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` of `a` over `b`, as CSS color-mix(in srgb, a amount, b) draws it. */
export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! * amount + b[i]! * (1 - amount)) as unknown as Rgb;
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

export function toHex(c: Rgb): string {
  return `#${c
    .map((x) =>
      Math.round(Math.min(255, Math.max(0, x)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/**
 * The colour nearest to `fg` that reads at `ratio` on every background `backgrounds(candidate)`
 * gives (a function, for backgrounds tinted with the text colour itself, like badges).
 */
export function readable(fg: Rgb, backgrounds: (candidate: Rgb) => Rgb[], ratio = AIM): Rgb {
  const worst = (c: Rgb) => Math.min(...backgrounds(c).map((bg) => contrast(c, bg)));
  if (worst(fg) >= ratio) return fg;
  const bgs = backgrounds(fg);
  const meanLum = bgs.reduce((sum, bg) => sum + luminance(bg), 0) / bgs.length;
  // Dark text on light backgrounds, light text on dark ones (0.179: black and white contrast equally).
  const toward = meanLum > 0.179 ? BLACK : WHITE;
  for (let step = 1; step <= 50; step++) {
    const candidate = mix(toward, fg, step / 50);
    if (worst(candidate) >= ratio) return candidate;
  }
  return toward;
}

export interface BasePalette {
  bg: Rgb;
  text: Rgb;
  hint: Rgb;
  link: Rgb;
  accent: Rgb;
  subtitle: Rgb;
  button: Rgb;
  buttonText: Rgb;
  secondaryBg: Rgb;
  sectionBg: Rgb;
  bottomBarBg: Rgb;
  danger: Rgb;
  success: Rgb;
  warning: Rgb;
}

/** The --ui-* values for a palette. */
export function derivePalette(p: BasePalette): Record<string, string> {
  const surfaces = [p.bg, p.secondaryBg, p.sectionBg, p.bottomBarBg];
  // Badges: the colour itself at 16% over a card, or over the page.
  const withTint = (amount: number) => (c: Rgb) => [...surfaces, mix(c, p.sectionBg, amount), mix(c, p.secondaryBg, amount)];
  const text = readable(p.text, () => surfaces);
  // The button colour is a background: it moves away from its own text colour.
  const button = readable(p.button, () => [p.buttonText]);
  const onButton = readable(p.buttonText, () => [button]);
  // Secondary buttons: the accent colour on a 12% tint of the button colour.
  const buttonTints = [mix(button, p.sectionBg, 0.12), mix(button, p.secondaryBg, 0.12)];
  const accentish = (c: Rgb) => readable(c, (x) => [...withTint(0.16)(x), ...buttonTints]);
  const danger = readable(p.danger, withTint(0.16));
  const onDanger = contrast(WHITE, danger) >= contrast(BLACK, danger) ? WHITE : BLACK;
  return {
    "--ui-text": toHex(text),
    "--ui-hint": toHex(readable(p.hint, withTint(0.16))),
    "--ui-subtitle": toHex(readable(p.subtitle, () => surfaces)),
    "--ui-link": toHex(accentish(p.link)),
    "--ui-accent": toHex(accentish(p.accent)),
    "--ui-button": toHex(button),
    "--ui-button-text": toHex(onButton),
    "--ui-danger": toHex(danger),
    "--ui-on-danger": toHex(onDanger),
    "--ui-success": toHex(readable(p.success, withTint(0.16))),
    "--ui-warning": toHex(readable(p.warning, withTint(0.16))),
  };
}

const BASE_VARS: Record<keyof BasePalette, string> = {
  bg: "--base-bg",
  text: "--base-text",
  hint: "--base-hint",
  link: "--base-link",
  accent: "--base-accent",
  subtitle: "--base-subtitle",
  button: "--base-button",
  buttonText: "--base-button-text",
  secondaryBg: "--base-secondary-bg",
  sectionBg: "--base-section-bg",
  bottomBarBg: "--base-bottom-bar-bg",
  danger: "--base-danger",
  success: "--base-success",
  warning: "--base-warning",
};

/** Reads the theme's colours as the stylesheet resolved them and writes the readable ones. */
export function applyReadableColors(root: HTMLElement = document.documentElement): void {
  const style = getComputedStyle(root);
  const palette = {} as Record<keyof BasePalette, Rgb>;
  for (const [key, name] of Object.entries(BASE_VARS) as Array<[keyof BasePalette, string]>) {
    const color = parseColor(style.getPropertyValue(name));
    if (!color) {
      // A colour we cannot read: leave the theme's own (and the fallbacks) in charge.
      for (const v of Object.keys(derivePalette(fallbackPalette()))) root.style.removeProperty(v);
      return;
    }
    palette[key] = color;
  }
  for (const [name, value] of Object.entries(derivePalette(palette))) root.style.setProperty(name, value);
}

function fallbackPalette(): BasePalette {
  return {
    bg: WHITE,
    text: BLACK,
    hint: BLACK,
    link: BLACK,
    accent: BLACK,
    subtitle: BLACK,
    button: BLACK,
    buttonText: WHITE,
    secondaryBg: WHITE,
    sectionBg: WHITE,
    bottomBarBg: WHITE,
    danger: BLACK,
    success: BLACK,
    warning: BLACK,
  };
}

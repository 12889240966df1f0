import type { ReactNode } from "react";

/**
 * Icons drawn as SVG paths: they look the same on every device, with or without an emoji font
 * (an emoji paperclip is an empty box on systems that lack one). Decorative: hidden from screen
 * readers, the text next to them says what they mean.
 */
const PATHS = {
  paperclip: <path d="M8 12.5l5.5-5.5a3 3 0 114.2 4.2l-7 7a5 5 0 01-7-7L10 4.9" />,
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  star: <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" strokeLinejoin="round" />,
  send: <path d="M4 12l16-8-6 16-2.5-6.5z" strokeLinejoin="round" />,
  external: <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 01-1 1H5a1 1 0 01-1-1V7a1 1 0 011-1h5" />,
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof PATHS;

export function Icon({ name, filled = false, className = "icon" }: { name: IconName; filled?: boolean; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      {PATHS[name]}
    </svg>
  );
}

import type { CSSProperties } from "react";

/** Colors of the sign-in UI. Each becomes a `--cc-color-*` CSS variable. */
export interface ThemeColors {
  primary?: string;
  onPrimary?: string;
  background?: string;
  surface?: string;
  text?: string;
  mutedText?: string;
  border?: string;
  error?: string;
  success?: string;
  focus?: string;
}

/** Design tokens; anything left out keeps the stylesheet's default. */
export interface Theme {
  colors?: ThemeColors;
  /** Corner radius of fields and buttons, e.g. `6px`. */
  radius?: string;
  fontFamily?: string;
  fontSize?: string;
  /** The base spacing unit, e.g. `8px`; gaps and padding are multiples of it. */
  spacing?: string;
  /** The focus outline, e.g. `3px solid #7c3aed`. */
  focusRing?: string;
  /** The card's shadow, e.g. `none` for a flat card inside your own panel. */
  shadow?: string;
}

/**
 * light, dark, or whatever the operating system prefers (`system`). Left out, the card follows the page's
 * own CSS `color-scheme`: dark where the page declares `light dark` and the system is dark, light on a
 * page that declares nothing.
 */
export type ColorMode = "light" | "dark" | "system";

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The theme as inline CSS variables for the root element. */
export function themeStyle(theme: Theme | undefined): CSSProperties | undefined {
  if (!theme) return undefined;
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme.colors ?? {})) {
    if (value) style[`--cc-color-${kebab(name)}`] = value;
  }
  if (theme.radius) style["--cc-radius"] = theme.radius;
  if (theme.fontFamily) style["--cc-font-family"] = theme.fontFamily;
  if (theme.fontSize) style["--cc-font-size"] = theme.fontSize;
  if (theme.spacing) style["--cc-spacing"] = theme.spacing;
  if (theme.focusRing) style["--cc-focus-ring"] = theme.focusRing;
  if (theme.shadow) style["--cc-shadow"] = theme.shadow;
  return style as CSSProperties;
}

/** Ready-made themes, shown in Storybook; start from one or write your own. */
export const themePresets = {
  default: {},
  forest: {
    colors: { primary: "#166534", onPrimary: "#ffffff", focus: "#65a30d", success: "#15803d" },
    radius: "999px",
    fontFamily: "Georgia, 'Times New Roman', serif",
  },
  midnight: {
    colors: {
      primary: "#a78bfa",
      onPrimary: "#1e1b4b",
      background: "#0f172a",
      surface: "#1e293b",
      text: "#f1f5f9",
      mutedText: "#cbd5e1",
      border: "#475569",
      error: "#fda4af",
      success: "#86efac",
      focus: "#c4b5fd",
    },
    radius: "2px",
  },
} satisfies Record<string, Theme>;

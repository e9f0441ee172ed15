"use client";
import { type ReactNode, useMemo } from "react";
import type { Messages } from "../../i18n/en";
import { type ColorMode, type Theme, themeStyle } from "../../theme/theme";
import { UiContext } from "../UiContext";

export interface UiRootProps {
  /** The app's strings, any subset (a whole dictionary for another language); English fills the rest. */
  messages?: Partial<Messages> | undefined;
  /** Design tokens as CSS variables on the root. */
  theme?: Theme;
  /** The card's colour scheme; left out, it follows the page's (see `ColorMode`). */
  colorMode?: ColorMode;
  /** Drops the stylesheet's rules (the root keeps its data attributes for your own). */
  unstyled?: boolean;
  className?: string;
  /** The root's `data-state`, e.g. the flow's status. */
  state?: string;
  /** Around a single control placed in the app's layout: no padding or surface (`data-inline`). */
  inline?: boolean;
  /** Kept in the page but not shown, e.g. a form waiting behind a fresh sign-in. */
  hidden?: boolean;
  children: ReactNode;
}

/** The root every complete component renders: theme variables, colour mode, and the messages in force. */
export function UiRoot({
  messages,
  theme,
  colorMode,
  unstyled,
  className,
  state,
  inline,
  hidden,
  children,
}: UiRootProps) {
  const ui = useMemo(() => ({ messages: messages ?? {} }), [messages]);
  return (
    <UiContext.Provider value={ui}>
      <div
        // The stylesheet matches [data-cc-root=""]: an unstyled root is still a root, but none of its rules apply.
        data-cc-root={unstyled ? "unstyled" : ""}
        data-slot="root"
        data-state={state}
        data-color-mode={colorMode}
        data-unstyled={unstyled ? "" : undefined}
        data-inline={inline ? "" : undefined}
        className={className}
        hidden={hidden}
        style={themeStyle(theme)}
      >
        {children}
      </div>
    </UiContext.Provider>
  );
}

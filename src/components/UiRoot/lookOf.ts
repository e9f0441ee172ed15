import type { StandaloneProps } from "../types";

/** How a standalone component looks, as its props give it: what it hands its root unchanged. */
export const lookOf = ({
  theme,
  colorMode,
  unstyled,
  className,
}: Pick<StandaloneProps, "theme" | "colorMode" | "unstyled" | "className">) => ({
  theme,
  colorMode,
  unstyled,
  className,
});

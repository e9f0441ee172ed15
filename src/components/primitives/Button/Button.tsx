import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useHydrated } from "../../../hooks/useHydrated";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * A request started by this button is in flight. The button stays focusable (so screen readers keep
   * their place) but ignores clicks, which is what stops a double submit from sending twice.
   */
  pending?: boolean;
  /** Shown instead of the children while pending, e.g. "Signing in…". Defaults to the children. */
  pendingLabel?: ReactNode;
  /**
   * How much weight it carries (`data-variant`): one `primary` per step (the default for a submit
   * button), `secondary` for other choices (the default otherwise), `link` for ways around the step
   * such as "Send a new code" or "Back".
   */
  variant?: "primary" | "secondary" | "link";
}

/** A button with a pending state. Unstyled here; the theme targets `[data-slot="button"]`. */
export function Button({
  pending = false,
  pendingLabel,
  type = "button",
  variant = type === "submit" ? "primary" : "secondary",
  onClick,
  children,
  ...rest
}: ButtonProps) {
  // A submit before hydration would be the browser's own, with no handler to stop it (see useHydrated).
  const hydrated = useHydrated();
  const off = rest.disabled || (type === "submit" && !hydrated);
  return (
    <button
      {...rest}
      disabled={off}
      type={type}
      data-slot="button"
      data-variant={variant}
      data-state={pending ? "pending" : "idle"}
      aria-disabled={pending || off || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) {
          // A submit button inside a form would submit it again: stop that too.
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}

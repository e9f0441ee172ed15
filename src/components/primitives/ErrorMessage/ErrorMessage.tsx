import type { ReactNode } from "react";

export interface ErrorMessageProps {
  /** The id of the message, referenced by the fields' `aria-describedby`. */
  id: string;
  /** The message; nothing shows (and nothing is announced) when empty. */
  children?: ReactNode;
  /**
   * Said with the message but not shown: what a refused submit found wrong with the fields, whose own
   * errors are not live regions, so that a step never has two alerts firing at once.
   */
  announce?: ReactNode;
}

/**
 * The step's one live region, always present, assertive: screen readers announce a message as it
 * appears, which a region mounted together with its text does not guarantee.
 */
export function ErrorMessage({ id, children, announce }: ErrorMessageProps) {
  return (
    <div
      data-slot="error"
      data-state={children ? "shown" : undefined}
      role="alert"
      aria-live="assertive"
      aria-atomic="true"
    >
      <span id={id}>{children}</span>
      {announce ? <span data-slot="announce">{announce}</span> : null}
    </div>
  );
}

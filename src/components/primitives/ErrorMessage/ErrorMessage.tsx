import type { ReactNode } from "react";

export interface ErrorMessageProps {
  /** Referenced by the fields' `aria-describedby`. */
  id: string;
  /** The message; nothing shows (and nothing is announced) when empty. */
  children?: ReactNode;
}

/**
 * An always-present assertive live region: screen readers announce a message as it appears, which a
 * region mounted together with its text does not guarantee.
 */
export function ErrorMessage({ id, children }: ErrorMessageProps) {
  return (
    <div id={id} data-slot="error" role="alert" aria-live="assertive" aria-atomic="true">
      {children}
    </div>
  );
}

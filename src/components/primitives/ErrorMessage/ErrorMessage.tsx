import type { ReactNode } from "react";

export interface ErrorMessageProps {
  /** Referenced by the fields' `aria-describedby`. */
  id: string;
  /** The message; nothing shows (and nothing is announced) when empty. */
  children?: ReactNode;
}

/**
 * The step's one live region, always present and assertive: screen readers announce a message as it
 * appears, which a region mounted together with its text does not guarantee. Fields' own errors are not
 * live regions (two alerts at once would talk over each other): they are read as the field takes focus.
 */
export function ErrorMessage({ id, children }: ErrorMessageProps) {
  return (
    <div id={id} data-slot="error" role="alert" aria-live="assertive" aria-atomic="true">
      {children}
    </div>
  );
}

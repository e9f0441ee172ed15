export interface DoneProps {
  /** `signed-in` after a sign-in, `success` after a set-up: the slot the stylesheet draws. */
  slot: "signed-in" | "success";
  /** The sentence, announced as it appears. */
  children: string;
}

/** A tick and a sentence: what the user sees when a sign-in or set-up is done. */
export function Done({ slot, children }: DoneProps) {
  return (
    <p data-slot={slot} role="status">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M5 12l5 5 9-10" />
      </svg>
      {children}
    </p>
  );
}

"use client";
import { Button } from "../primitives/Button";

/** "Back to sign in", where the app gave a way back: every account step has it. */
export function BackToSignIn({ onBack, label }: { onBack: (() => void) | undefined; label: string }) {
  return onBack ? (
    <Button variant="link" onClick={onBack}>
      {label}
    </Button>
  ) : null;
}

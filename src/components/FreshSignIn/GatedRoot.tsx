"use client";
// No runtime here: the sections' views (loaded on demand) render it with the gate their shell made.
import { UiRoot, type UiRootProps } from "../UiRoot";
import type { FreshSignInGate } from "./useFreshSignIn";

/**
 * A section's root behind its fresh sign-in: while the sign-in is asked, it shows in the section's place
 * and the section stays in the page hidden (a form keeps what was typed, its passwords in their fields).
 */
export function GatedRoot({ fresh, ...root }: UiRootProps & { fresh: FreshSignInGate }) {
  return (
    <>
      {fresh.gate}
      <UiRoot {...root} hidden={fresh.gate !== null} />
    </>
  );
}

"use client";
import { type ReactNode, useState } from "react";
import { useSession } from "../../hooks/useSession";
import type { Messages } from "../../i18n/en";
import { sessionEn } from "../../i18n/en/session";
import type { ColorMode, Theme } from "../../theme/theme";
import { Button } from "../primitives/Button";
import { UiRoot } from "../UiRoot";

export interface SignOutButtonProps {
  /** Sign out on every device (GlobalSignOut), not only here. */
  global?: boolean;
  /** The button's text; default "Sign out" (or "Sign out on every device" with `global`). */
  children?: ReactNode;
  /** Called once signed out, with the error of the revocation that failed, if one did. */
  onSignedOut?: (result: { error?: unknown }) => void;
  /** The app's strings, any subset; English fills the rest. */
  messages?: Partial<Messages>;
  /** Design tokens, applied as --cc-* CSS variables. */
  theme?: Theme;
  /** light, dark, or the system's preference; left out, it follows the page's `color-scheme`. */
  colorMode?: ColorMode;
  unstyled?: boolean;
  className?: string;
}

/**
 * Signs the user out of the session of the nearest <CognitoProvider session>: revokes the refresh token
 * (every one of the user's with `global`) and clears the session in every tab, even offline. Renders
 * nothing while no one is signed in.
 */
export function SignOutButton({
  global = false,
  children,
  onSignedOut,
  messages: overrides,
  theme,
  colorMode,
  unstyled,
  className,
}: SignOutButtonProps) {
  const session = useSession();
  // Its own strings only: a button in an app's header needs none of the sign-in's.
  const messages = { ...sessionEn, ...overrides };
  const [pending, setPending] = useState(false);
  if (session.status !== "signedIn") return null;
  return (
    <UiRoot
      inline
      messages={overrides}
      theme={theme}
      colorMode={colorMode}
      unstyled={unstyled}
      className={className}
    >
      <Button
        data-sign-out={global ? "global" : "local"}
        pending={pending}
        pendingLabel={messages["session.signingOut"]}
        onClick={async () => {
          setPending(true);
          const result = await session.signOut({ global });
          setPending(false);
          onSignedOut?.(result);
        }}
      >
        {children ?? (global ? messages["session.signOutEverywhere"] : messages["session.signOut"])}
      </Button>
    </UiRoot>
  );
}

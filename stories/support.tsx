import type { ReactNode } from "react";
import { type ChallengeOf, type KnownChallenge, parseChallenge } from "../src/core/challenges";
import { CognitoError } from "../src/core/errors";
import type { AuthResponse } from "../src/core/types";
import "../src/theme/styles.css";

/** A challenge as useSignIn would hold it, from wire-like parameters. */
export function challenge<N extends KnownChallenge["name"] | "UNSUPPORTED">(
  name: N extends "UNSUPPORTED" ? string : N,
  parameters: Record<string, string> = {},
  extra: Partial<AuthResponse> = {},
): ChallengeOf<N> {
  return parseChallenge({
    challengeName: name as never,
    session: "story-session",
    challengeParameters: { USER_ID_FOR_SRP: "zoe", ...parameters },
    ...extra,
  }) as ChallengeOf<N>;
}

/** A Cognito error of a name, as the client would reject with. */
export function cognitoError(name: ConstructorParameters<typeof CognitoError>[0], message = "") {
  return new CognitoError(name, message, { operation: "RespondToAuthChallenge", status: 400 });
}

/** Wraps a component the way <SignIn> does, so the stylesheet applies. */
export function Frame({ children, dir }: { children: ReactNode; dir?: "rtl" | "ltr" }) {
  return (
    <div data-cc-root="" data-color-mode="light" dir={dir}>
      {children}
    </div>
  );
}

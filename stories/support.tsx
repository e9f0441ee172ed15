import type { JSX } from "react";
import { type ChallengeOf, type KnownChallenge, parseChallenge } from "../src/core/challenges";
import { CognitoError } from "../src/core/client/errors";
import type { AuthResponse } from "../src/core/types";

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

/** Story-level globals for the states every component shows: dark, a custom theme, German. */
export const dark = { globals: { colorMode: "dark" } } as const;
export const customTheme = { globals: { theme: "forest" } } as const;
export const german = { globals: { language: "de" } } as const;
export const rightToLeft: { decorators: ((Story: () => JSX.Element) => JSX.Element)[] } = {
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        {Story()}
      </div>
    ),
  ],
};

import type { ChallengeAnswers } from "../core/answers";
import type { ChallengeOf, KnownChallenge } from "../core/challenges";
import type { CognitoClient, CognitoClientOptions } from "../core/client/client";
import type { Messages } from "../i18n/en";
import type { ColorMode, Theme } from "../theme/theme";

/** The props every challenge component takes, alone or inside <SignIn>. */
export interface ChallengeProps<N extends KnownChallenge["name"]> {
  /** The challenge, as `parseChallenge` or `useSignIn` gives it. */
  challenge: ChallengeOf<N>;
  /** Called with the answer; inside <SignIn> this sends it to Cognito. */
  onAnswer: (answer: ChallengeAnswers[N]) => void | Promise<void>;
  /** A request for this step is in flight: the submit button shows it and ignores clicks. */
  pending?: boolean;
  /** The last error, shown and announced with the message for its exception name. */
  error?: unknown;
  /** Overrides for any of the step's strings. */
  messages?: Partial<Messages>;
  className?: string;
  /** Focus the first field when the step appears. Default true. */
  autoFocus?: boolean;
}

/** The props every complete component on a route of its own takes: its client, and its look. */
export interface StandaloneProps {
  /** A client to use. Without it (and without `clientOptions`), a <CognitoProvider> must be above. */
  client?: CognitoClient;
  /** Options for a client this component makes. */
  clientOptions?: CognitoClientOptions;
  /** Any strings to replace; pass a whole dictionary (e.g. `de`) for another language. */
  messages?: Partial<Messages>;
  /** Design tokens, applied as --cc-* CSS variables. */
  theme?: Theme;
  /** light, dark, or the system's preference; left out, the card follows the page's `color-scheme`. */
  colorMode?: ColorMode;
  /** Render no styles of ours: data-slot and data-state attributes remain for your CSS. */
  unstyled?: boolean;
  className?: string;
}

import type { ChallengeAnswers, ChallengeOf, KnownChallenge } from "../core/challenges";
import type { Messages } from "../i18n/en";

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

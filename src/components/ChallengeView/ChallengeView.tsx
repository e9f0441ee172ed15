"use client";
import type { FirstFactor } from "../../core/names";
import type { UseSignInResult } from "../../hooks/useSignIn";
import type { Messages } from "../../i18n/en";
import type { CodeOptions } from "../CodeChallenge";
import type { PasswordPolicy } from "../NewPasswordChallenge";
import { UnsupportedChallenge } from "../UnsupportedChallenge";
import type { CredentialsLike } from "../WebAuthnChallenge";
import type { ChallengeComponents } from "./challengeComponents";
import { ScreenBoundary } from "./ScreenBoundary";
import { defaultScreens } from "./screens";

export type { ChallengeComponents };

// The unsupported step stays in the first load: it is where anything that went wrong ends up.
const defaults: ChallengeComponents = { ...defaultScreens, UNSUPPORTED: UnsupportedChallenge };

export interface ChallengeViewProps {
  /** The sign-in flow, from `useSignIn`. */
  flow: UseSignInResult;
  /** Replaces the component of any challenge. */
  components?: Partial<ChallengeComponents>;
  messages?: Partial<Messages>;
  /** SELECT_CHALLENGE: the order to offer first factors in. */
  challengeOrder?: FirstFactor[];
  /** SELECT_CHALLENGE: the first factor the sign-in asked for, said when Cognito did not offer it. */
  preferredChallenge?: FirstFactor | undefined;
  /** MFA_SETUP: the issuer your users' authenticator apps show. */
  totpIssuer?: string;
  /** NEW_PASSWORD_REQUIRED: the rules to show. */
  passwordPolicy?: PasswordPolicy;
  /** NEW_PASSWORD_REQUIRED: labels for attributes by name, e.g. `{ "custom:team": "Team" }`. */
  attributeLabels?: Record<string, string>;
  /** WEB_AUTHN: defaults to `navigator.credentials`. */
  credentials?: CredentialsLike;
  /** Code steps: length, auto-submit, resend cooldown. */
  codeOptions?: Omit<CodeOptions, "onResend">;
  /** The clipboard for copying the TOTP secret. */
  writeText?: (text: string) => Promise<void>;
  /** PASSWORD and SELECT_CHALLENGE's password: "Forgot password?" calls this (none without it). */
  onForgotPassword?: (() => void) | undefined;
}

/**
 * Renders whatever the current challenge asks for, through an exhaustive switch over its name. Names this
 * library does not know (and SRP verifier and device steps, which the flow answers by itself and which
 * only reach the screen when it cannot) show the unsupported state with a restart, never a blank. While
 * a default screen's code loads, the step shows that it is busy; if it cannot load, a retry.
 */
export function ChallengeView(props: ChallengeViewProps) {
  const { flow, messages } = props;
  if (!flow.challenge) return null;
  // A new step (a new challenge, or a new round of the same one) remounts everything below: the screen gets
  // fresh state and focus, and a failed load on one step does not follow the user to the next. A code
  // sent again is the same step: the user stays in place and is told.
  return (
    <ScreenBoundary key={`${flow.challenge.name}:${flow.step}`} onRestart={flow.restart} messages={messages}>
      <ChallengeScreen {...props} />
    </ScreenBoundary>
  );
}

function ChallengeScreen({
  flow,
  components,
  messages,
  challengeOrder,
  preferredChallenge,
  totpIssuer,
  passwordPolicy,
  attributeLabels,
  credentials,
  codeOptions,
  writeText,
  onForgotPassword,
}: ChallengeViewProps) {
  const challenge = flow.challenge;
  if (!challenge) return null;
  const c = { ...defaults, ...components };
  const common = { pending: flow.pending, error: flow.error, messages };
  // Every code step: a new code where Cognito can send one (the flow knows), else a way to start again.
  const code = {
    ...codeOptions,
    onAnswer: flow.answer,
    resends: flow.resends,
    ...(flow.canResend ? { onResend: () => void flow.resendCode() } : { onRestart: flow.restart }),
  };

  switch (challenge.name) {
    case "SELECT_CHALLENGE":
      return (
        <c.SELECT_CHALLENGE
          {...common}
          challenge={challenge}
          order={challengeOrder}
          preferred={preferredChallenge}
          onSelect={flow.select}
          onForgotPassword={onForgotPassword}
        />
      );
    case "PASSWORD":
      return (
        <c.PASSWORD
          {...common}
          challenge={challenge}
          onAnswer={flow.answer}
          onForgotPassword={onForgotPassword}
        />
      );
    case "SMS_OTP":
      return <c.SMS_OTP {...common} {...code} challenge={challenge} />;
    case "EMAIL_OTP":
      return <c.EMAIL_OTP {...common} {...code} challenge={challenge} />;
    case "SMS_MFA":
      return <c.SMS_MFA {...common} {...code} challenge={challenge} />;
    case "EMAIL_MFA":
      return <c.EMAIL_MFA {...common} {...code} challenge={challenge} />;
    case "SOFTWARE_TOKEN_MFA":
      return (
        <c.SOFTWARE_TOKEN_MFA
          {...common}
          {...codeOptions}
          challenge={challenge}
          onAnswer={flow.answer}
          onRestart={flow.restart}
        />
      );
    case "SELECT_MFA_TYPE":
      return <c.SELECT_MFA_TYPE {...common} challenge={challenge} onAnswer={flow.answer} />;
    case "MFA_SETUP":
      return (
        <c.MFA_SETUP
          {...common}
          challenge={challenge}
          onAnswer={flow.answer}
          totpSetup={flow.totpSetup}
          onSetupTotp={flow.setupTotp}
          onVerifyTotp={flow.verifyTotp}
          totpIssuer={totpIssuer}
          totpAccountName={flow.username}
          writeText={writeText}
          onRestart={flow.restart}
        />
      );
    case "NEW_PASSWORD_REQUIRED":
      return (
        <c.NEW_PASSWORD_REQUIRED
          {...common}
          challenge={challenge}
          onAnswer={flow.answer}
          passwordPolicy={passwordPolicy}
          attributeLabels={attributeLabels}
        />
      );
    case "CUSTOM_CHALLENGE":
      return <c.CUSTOM_CHALLENGE {...common} challenge={challenge} onAnswer={flow.answer} />;
    case "WEB_AUTHN":
      return (
        <c.WEB_AUTHN
          {...common}
          challenge={challenge}
          onAnswer={flow.answer}
          credentials={credentials}
          onRestart={flow.restart}
          // The same user, without the passkey: Cognito answers with the ways in the user has.
          onOtherWays={() => void flow.start(flow.username)}
        />
      );
    case "PASSWORD_SRP":
      // The same screen as PASSWORD: the hook proves the typed password with SRP instead of sending it.
      return (
        <c.PASSWORD
          {...common}
          challenge={{ ...challenge, name: "PASSWORD" }}
          onAnswer={flow.answer}
          onForgotPassword={onForgotPassword}
        />
      );
    case "PASSWORD_VERIFIER":
    case "DEVICE_SRP_AUTH":
    case "DEVICE_PASSWORD_VERIFIER":
      return (
        <c.UNSUPPORTED
          {...common}
          challenge={{ ...challenge, name: "UNSUPPORTED", challengeName: challenge.name, issues: [] }}
          onRestart={flow.restart}
        />
      );
    case "UNSUPPORTED":
      return <c.UNSUPPORTED {...common} challenge={challenge} onRestart={flow.restart} />;
    default:
      return assertNever(challenge);
  }
}

function assertNever(value: never): never {
  throw new TypeError(`ChallengeView: unhandled challenge ${JSON.stringify(value)}`);
}

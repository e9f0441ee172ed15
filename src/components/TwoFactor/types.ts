import type { ReactNode } from "react";
import type { MfaMethod } from "../../core/settings/twoFactor";
import type { UseTotpSetupResult } from "../../hooks/useTotpSetup";
import type { UseTwoFactorResult } from "../../hooks/useTwoFactor";
import type { FreshSignInGate, FreshSignInOption } from "../FreshSignIn";
import type { StandaloneProps } from "../types";

export interface TwoFactorProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /** The methods the pool offers, in the order to list them. Default: all three. */
  methods?: readonly MfaMethod[];
  /** The pool requires MFA ("ON"): the last method on cannot be turned off. */
  required?: boolean;
  /** Shown by the authenticator app as the account. Default: the user's email, else the username. */
  accountName?: string;
  /** Shown by the authenticator app as the provider, e.g. your product's name. */
  totpIssuer?: string;
  /** Replaces the QR code area of the app's set-up. Receives the otpauth:// URI. */
  renderQrCode?: (uri: string) => ReactNode;
  /** The clipboard for the set-up's copy button; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
  /** Called after every change Cognito accepted. */
  onChanged?: () => void;
  /**
   * Your pool lets a passkey sign-in count as the second step (its WebAuthnConfiguration's
   * FactorConfiguration is MULTI_FACTOR_WITH_USER_VERIFICATION): a user with a passkey gets a row to
   * turn that on (with another method on, as Cognito requires) or off. Cognito never says whether it is
   * on, so the row says so only once set here. Default false.
   */
  passkeys?: boolean;
  /**
   * A fresh sign-in before any change to the second step: once `maxAge` seconds have passed since the user signed in, they
   * sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out: no such check.
   */
  freshSignIn?: FreshSignInOption;
}

/** The props a view of <TwoFactor> is handed: its own, the methods' and the app set-up's state, the fresh sign-in. */
export type TwoFactorViewProps = TwoFactorProps & {
  state: UseTwoFactorResult;
  setup: UseTotpSetupResult;
  fresh: FreshSignInGate;
};

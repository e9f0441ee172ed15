"use client";
import { useEffect, useRef } from "react";
import type { AuthenticationResult } from "../../core/types";
import { useSignIn } from "../../hooks/useSignIn";
import { type UseSignUpOptions, useSignUp } from "../../hooks/useSignUp";
import { lazyScreen } from "../ChallengeView/lazyScreen";
import { ScreenBoundary } from "../ChallengeView/ScreenBoundary";
import { type SignInProps, SignInSteps } from "../SignIn/SignIn";
import { UiRoot } from "../UiRoot";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { loadSignUpSteps } from "./lazy";
import { SignUpForm } from "./SignUpForm";
import {
  type SignUpAttribute,
  type SignUpConsent,
  type UsernameModel,
  usernameFieldName,
} from "./signUpFields";

/** The confirmation and what follows, loaded as the form goes out. */
const SignUpStep = lazyScreen(() => loadSignUpSteps().then((module) => module.SignUpStep));

export interface SignUpProps
  extends Omit<SignInProps, "onSignUp" | "initialUsername" | "preferredChallenge" | "passkeyAutofill">,
    Omit<UseSignUpOptions, "signIn"> {
  /** Receives the tokens once the new account has signed in; storing them is the app's choice. */
  onSignedIn: (tokens: AuthenticationResult) => void;
  /** How the pool names users (its UsernameAttributes): a username (default), the email, or the phone number. */
  usernameAs?: UsernameModel;
  /**
   * The attributes to ask for, in order: standard ones (`given_name`, `birthdate`…) and `custom:*`, each
   * with its label, type, whether the pool requires it, and your own check. The username's own field
   * (and, with `usernameAs`, its email or phone) comes first without being listed.
   */
  attributes?: SignUpAttribute[];
  /**
   * A passwordless account: no password field, and the account signs in by this first factor (the pool
   * must offer it, and the user have the email or phone it needs).
   */
  passwordless?: "EMAIL_OTP" | "SMS_OTP";
  /** A consent checkbox with your text and link; its answer goes in ValidationData. Default: none. */
  consent?: SignUpConsent;
  /** ISO 3166 country for phone numbers typed without "+". Default: the browser's language's region. */
  defaultCountry?: string;
  /** The username (or email, or phone) to start with, e.g. the one typed on your sign-in. */
  initialUsername?: string;
  /**
   * "Already have an account? Sign in" (and, for a username that exists, "Sign in instead"), called with
   * the username typed so far: show your <SignIn> (as its `initialUsername`). Left out, there is no such
   * link, and an existing username is offered the sign-in here.
   */
  onSignIn?: (username: string) => void;
  /** "Forgot password?" for a username that exists, with that username: your password reset. */
  onForgotPassword?: (username: string) => void;
}

/**
 * A new account, start to finish: the details the pool needs, its confirmation (a code, or a link the
 * user opens while this waits), then signed in at once (ConfirmSignUp's Session, else the password held
 * in memory until then, else the sign-in's own step with the username filled in), into whatever
 * Cognito asks next, such as an MFA set-up. With a `pendingStore`, a reload or another tab lands on the
 * confirmation again.
 */
// Pure: an app that renders only <SignIn> drops this one.
export const SignUp = /* @__PURE__ */ withClientBoundary(SignUpFlow);

function SignUpFlow(props: SignUpProps) {
  const { usernameAs = "username", passwordless, messages } = props;
  const authFlow = props.authFlow ?? "USER_AUTH";
  const signIn = useSignIn({ ...props, authFlow });
  const signUp = useSignUp({
    confirmWith: props.confirmWith,
    linkWaitMs: props.linkWaitMs,
    pendingStore: props.pendingStore,
    clientMetadata: props.clientMetadata,
    onSignedUp: props.onSignedUp,
    onConfirmed: props.onConfirmed,
    clock: props.clock,
    timers: props.timers,
    signIn,
  });
  // What the user typed, but the password: kept across the steps, so that coming back loses nothing.
  const typed = useRef<Record<string, string>>({
    [usernameFieldName(usernameAs)]: props.initialUsername ?? "",
  }).current;
  // Once, as it mounts: a sign-up the app's store remembers lands on its confirmation. Not again when
  // the app passes a new store object, which would undo "Use different details" while the store clears.
  const { resume } = signUp;
  useEffect(() => {
    void resume();
  }, [resume]);

  if (signUp.status === "signIn" && !signUp.pending)
    return (
      <SignInSteps
        {...props}
        flow={signIn}
        username={signUp.username}
        preferredChallenge={passwordless ?? "PASSWORD"}
      />
    );
  return (
    <UiRoot {...lookOf(props)} messages={messages} state={signUp.status}>
      {signUp.status === "form" ? (
        <SignUpForm
          journey={signUp}
          usernameAs={usernameAs}
          attributes={props.attributes ?? []}
          passwordless={passwordless !== undefined}
          passwordPolicy={props.passwordPolicy}
          consent={props.consent}
          defaultCountry={props.defaultCountry}
          typed={typed}
          onSignIn={props.onSignIn}
          onForgotPassword={props.onForgotPassword}
          onSubmitted={() => void SignUpStep.preload().catch(() => {})}
          messages={messages}
        />
      ) : (
        <ScreenBoundary onRestart={signUp.restart} messages={messages}>
          <SignUpStep journey={signUp} codeOptions={props.codeOptions} messages={messages} />
        </ScreenBoundary>
      )}
    </UiRoot>
  );
}

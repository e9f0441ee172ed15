"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CognitoClient, CognitoClientOptions } from "../../core/client/client";
import type { FirstFactor } from "../../core/names";
import { accountNeedOf } from "../../core/signIn/accountNeed";
import type { AuthenticationResult } from "../../core/types";
import { CognitoClientBoundary } from "../../hooks/CognitoProvider";
import { journeyKit } from "../../hooks/journeyKit";
import { type UseSignInOptions, type UseSignInResult, useSignIn } from "../../hooks/useSignIn";
import type { Messages } from "../../i18n/en";
import { signInEn } from "../../i18n/en/signIn";
import type { ColorMode, Theme } from "../../theme/theme";
import { ChallengeLayout } from "../ChallengeLayout";
import type { ChallengeComponents } from "../ChallengeView";
import { lazyScreen } from "../ChallengeView/lazyScreen";
import { ScreenBoundary } from "../ChallengeView/ScreenBoundary";
import type { CodeOptions } from "../CodeChallenge";
import type { PasswordPolicy } from "../NewPasswordChallenge";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { UiRoot } from "../UiRoot";
import type { MessagesOf } from "../useMessages";
import type { CredentialsLike } from "../WebAuthnChallenge";
import type { AccountNeed } from "./accountSteps";

/** Everything after the username, loaded on demand (laterSteps.tsx). */
const LaterStep = lazyScreen(() => import("./laterSteps").then((module) => module.LaterStep));
/**
 * The step after a sign-in on a new device, which most sign-ins never reach. Here, not with the
 * challenges' screens: reaching that module would bring every screen's loader into the first load.
 */
const RememberDeviceScreen = lazyScreen(() =>
  import("../RememberDeviceStep/RememberDeviceStep").then((m) => m.RememberDeviceStep),
);
/**
 * A reset, or a confirmation, when the account needs one (accountSteps.tsx): a chunk of its own, which
 * reaches nothing of the first load (it is handed the journey parts it needs).
 */
const AccountStep = lazyScreen(() => import("./accountSteps").then((module) => module.AccountStep));

export interface SignInProps extends Omit<UseSignInOptions, "onSignedIn"> {
  /** Receives the tokens when sign-in completes; storing them is the app's choice. */
  onSignedIn: (tokens: AuthenticationResult) => void;
  /** A client to use. Without it (and without `clientOptions`), a <CognitoProvider> must be above. */
  client?: CognitoClient;
  /** Options for a client <SignIn> makes: region or user pool id or endpoint, client id… */
  clientOptions?: CognitoClientOptions;
  /** USER_AUTH: ask for this first factor directly; with PASSWORD, the username step asks for it too. */
  preferredChallenge?: FirstFactor;
  /** SELECT_CHALLENGE: the order to offer first factors in. */
  challengeOrder?: FirstFactor[];
  /** The issuer authenticator apps show for your accounts, e.g. your product's name. */
  totpIssuer?: string;
  /** Any strings to replace; pass a whole dictionary (e.g. `de`) for another language. */
  messages?: Partial<Messages>;
  /** Design tokens, applied as --cc-* CSS variables. */
  theme?: Theme;
  /** light, dark, or the system's preference; left out, the card follows the page's `color-scheme`. */
  colorMode?: ColorMode;
  /** Render no styles of ours: data-slot and data-state attributes remain for your CSS. */
  unstyled?: boolean;
  className?: string;
  /** Replace the component of any challenge. */
  components?: Partial<ChallengeComponents>;
  /** Called with every error the flow shows, e.g. for logging (errors carry no secrets). */
  onError?: (error: unknown) => void;
  /** NEW_PASSWORD_REQUIRED: your pool's password rules, to show them and check them before sending. */
  passwordPolicy?: PasswordPolicy;
  /** NEW_PASSWORD_REQUIRED: labels for attributes by name, e.g. `{ "custom:team": "Team" }`. */
  attributeLabels?: Record<string, string>;
  /** Code steps: length, auto-submit, resend cooldown. */
  codeOptions?: Omit<CodeOptions, "onResend">;
  /** WEB_AUTHN and passkey autofill: defaults to `navigator.credentials`. */
  credentials?: CredentialsLike;
  /** Show the remaining time once this many seconds of the session are left. Default 60. */
  countdownFromSeconds?: number;
  /** "Forgot password?" on every step that asks for a password. Default true; false hides it. */
  forgotPassword?: boolean;
  /**
   * After a password reset: sign in with the new password at once and go on into whatever Cognito asks
   * next (default), or show "Back to sign in".
   */
  afterReset?: "signIn" | "backToSignIn";
}

/**
 * A complete sign-in: a username step, then whatever each Cognito response asks for, until
 * `onSignedIn(tokens)`. Shows a countdown when the session is about to expire, and an expired state
 * that starts again with the username kept.
 */
export function SignIn(props: SignInProps) {
  const { client, clientOptions } = props;
  return (
    <CognitoClientBoundary client={client} clientOptions={clientOptions}>
      <SignInFlow {...props} />
    </CognitoClientBoundary>
  );
}

function SignInFlow(props: SignInProps) {
  const {
    authFlow = "USER_AUTH",
    preferredChallenge,
    messages: overrides,
    theme,
    colorMode,
    unstyled,
    className,
    onError,
    countdownFromSeconds = 60,
  } = props;
  // The props go as they are: the store reads its own options and ignores the rest.
  const flow = useSignIn({
    ...props,
    authFlow,
    ...(props.passkeyAutofill
      ? { passkeyAutofill: { credentials: props.credentials, ...props.passkeyAutofill } }
      : {}),
  });
  // The username step's strings; every screen below adds its own English to the app's messages.
  const messages = useMemo(() => ({ ...signInEn, ...overrides }), [overrides]);

  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    if (flow.error !== undefined) onErrorRef.current?.(flow.error);
  }, [flow.error]);

  // Focus the username field only when coming back to it, not when the page first loads.
  const [hasLeftIdentify, setHasLeftIdentify] = useState(false);
  useEffect(() => {
    if (flow.status !== "identify") setHasLeftIdentify(true);
  }, [flow.status]);

  // The account step on screen: a reset asked for, or one an error calls for. Kept while the sign-in it
  // ends with is in flight, so that "Signing you in…" stays; gone once the sign-in moves on or fails.
  const [account, setAccount] = useState<AccountNeed>();
  // A username typed but not yet sent goes with "Forgot password?" on the username step.
  const [typedUsername, setTypedUsername] = useState<string>();
  const need = accountNeedOf(flow.error);
  const { status, error, restart } = flow;
  useEffect(() => {
    if (need) setAccount(need);
    else if (status !== "identify" || error) setAccount(undefined);
    if (status !== "identify") setTypedUsername(undefined);
  }, [need, status, error]);
  const accountStep = status === "identify" ? (need ?? (error ? undefined : account)) : undefined;
  const onForgotPassword =
    props.forgotPassword === false
      ? undefined
      : (typed?: string) => {
          restart();
          setTypedUsername(typed);
          setAccount("forgot");
        };

  return (
    <UiRoot
      messages={overrides}
      theme={theme}
      colorMode={colorMode}
      unstyled={unstyled}
      className={className}
      state={flow.status}
    >
      {accountStep ? (
        <ScreenBoundary onRestart={restart} messages={overrides}>
          <AccountStep
            {...props}
            need={accountStep}
            flow={flow}
            username={(accountStep === "forgot" && typedUsername?.trim()) || flow.username}
            kit={journeyKit}
            onBack={() => {
              setAccount(undefined);
              restart();
            }}
            messages={overrides}
          />
        </ScreenBoundary>
      ) : flow.status === "identify" ? (
        <IdentifyStep
          flow={flow}
          typedUsername={typedUsername}
          messages={messages}
          askPassword={
            authFlow === "USER_PASSWORD_AUTH" ||
            authFlow === "USER_SRP_AUTH" ||
            preferredChallenge === "PASSWORD" ||
            preferredChallenge === "PASSWORD_SRP"
          }
          preferredChallenge={authFlow === "USER_AUTH" ? preferredChallenge : undefined}
          autoFocus={hasLeftIdentify}
          onForgotPassword={onForgotPassword}
        />
      ) : null}
      {flow.status === "challenge" || flow.status === "expired" || flow.status === "signedIn" ? (
        // After the username, everything loads on demand (started as the username goes out).
        <ScreenBoundary onRestart={flow.restart} messages={overrides}>
          <LaterStep
            {...props}
            flow={flow}
            messages={messages}
            countdownFromSeconds={countdownFromSeconds}
            onForgotPassword={onForgotPassword}
          />
        </ScreenBoundary>
      ) : null}
      {flow.status === "rememberDevice" ? (
        <ScreenBoundary>
          <RememberDeviceScreen flow={flow} />
        </ScreenBoundary>
      ) : null}
    </UiRoot>
  );
}

function IdentifyStep({
  flow,
  messages,
  askPassword,
  preferredChallenge,
  autoFocus,
  onForgotPassword,
  typedUsername,
}: {
  flow: UseSignInResult;
  /** What was typed before "Forgot password?", for the way back. */
  typedUsername: string | undefined;
  messages: MessagesOf<typeof signInEn>;
  askPassword: boolean;
  preferredChallenge: FirstFactor | undefined;
  autoFocus: boolean;
  /** "Forgot password?", with the username typed so far. */
  onForgotPassword: ((username: string) => void) | undefined;
}) {
  const [username, setUsername] = useState(typedUsername || flow.username);
  const [password, setPassword] = useState("");
  // Empty fields are said after the first try, under each field, and the message goes once it is filled.
  const [tried, setTried] = useState(false);
  const usernameMissing = tried && !username.trim();
  const passwordMissing = tried && askPassword && !password;
  return (
    <ChallengeLayout
      name="IDENTIFY"
      title={messages["signIn.title"]}
      error={flow.error}
      pending={flow.pending}
      autoFocus={autoFocus}
      onSubmit={() => {
        setTried(true);
        if (!username.trim() || (askPassword && !password)) return false;
        // The next step's code loads while Cognito answers.
        LaterStep.preload().catch(() => {});
        void flow.start(username, {
          ...(preferredChallenge ? { preferredChallenge } : {}),
          ...(askPassword ? { password } : {}),
        });
      }}
      actions={
        <>
          <Button type="submit" pending={flow.pending} pendingLabel={messages["signIn.pending"]}>
            {messages["signIn.submit"]}
          </Button>
          {askPassword && onForgotPassword ? (
            <Button variant="link" disabled={flow.pending} onClick={() => onForgotPassword(username)}>
              {messages["signIn.forgotPassword"]}
            </Button>
          ) : null}
        </>
      }
    >
      {(errorId) => (
        <>
          <Field
            label={messages["signIn.username"]}
            errorId={errorId}
            error={usernameMissing ? messages["signIn.usernameRequired"] : undefined}
          >
            {(control) => (
              <input
                {...control}
                name="username"
                // "webauthn" lets the browser offer passkeys in this field where it can.
                autoComplete="username webauthn"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            )}
          </Field>
          {askPassword ? (
            <PasswordField
              label={messages["signIn.password"]}
              name="password"
              autoComplete="current-password"
              errorId={errorId}
              error={passwordMissing ? messages["common.passwordRequired"] : undefined}
              value={password}
              onValueChange={setPassword}
              messages={messages}
            />
          ) : null}
        </>
      )}
    </ChallengeLayout>
  );
}

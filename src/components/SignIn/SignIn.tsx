"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CognitoClient, CognitoClientOptions } from "../../core/client/client";
import type { FirstFactor } from "../../core/names";
import { accountStepOptions } from "../../core/signIn/accountStep";
import type { AccountStepState } from "../../core/signIn/reducer";
import type { AuthenticationResult } from "../../core/types";
import { CognitoClientBoundary } from "../../hooks/CognitoProvider";
import { useJourney } from "../../hooks/useJourney";
import { type UseSignInOptions, type UseSignInResult, useSignIn } from "../../hooks/useSignIn";
import type { Messages } from "../../i18n/en";
import { signInEn } from "../../i18n/en/signIn";
import type { ColorMode, Theme } from "../../theme/theme";
import { ChallengeLayout } from "../ChallengeLayout";
import type { ChallengeComponents } from "../ChallengeView";
import { lazyScreen } from "../ChallengeView/lazyScreen";
import { ScreenBoundary } from "../ChallengeView/ScreenBoundary";
import type { CodeOptions } from "../CodeChallenge";
import type { ContactCheck } from "../ContactCheck/contactCheck";
import { loadAccountJourneys, loadLaterSteps, loadRememberDeviceStep } from "../lazy";
import type { PasswordPolicy } from "../NewPasswordChallenge";
import type { PasskeyOffer } from "../PasskeyOffer/passkeyOffer";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { UiRoot } from "../UiRoot";
import type { MessagesOf } from "../useMessages";
import type { CredentialsLike } from "../WebAuthnChallenge";
import type { AccountJourney, AccountViewProps } from "./accountJourneys.lazy";

/** Everything after the username, loaded on demand (laterSteps.lazy.tsx). */
const LaterStep = lazyScreen(() => loadLaterSteps().then((module) => module.LaterStep));
/**
 * The step after a sign-in on a new device, which most sign-ins never reach. Here, not with the
 * challenges' screens: reaching that module would bring every screen's loader into the first load.
 */
const RememberDeviceScreen = lazyScreen(() => loadRememberDeviceStep().then((m) => m.RememberDeviceStep));

interface AccountStepProps extends Omit<AccountViewProps<unknown>, "journey"> {
  account: AccountStepState;
  /** The account step's journey options, from the sign-in (`accountStepOptions`). */
  options: object;
}

/**
 * A reset, or a confirmation, when the sign-in's state has an account step: the journey and its view
 * load on demand (accountJourneys.lazy.tsx), and run here, on the first load's runtime.
 */
const AccountStep = lazyScreen(() =>
  loadAccountJourneys().then(({ accountJourneys }) => ({ account, ...props }: AccountStepProps) => (
    // A new step is a new journey.
    <AccountJourneyRun key={account.step} journey={accountJourneys[account.step]} {...props} />
  )),
);

function AccountJourneyRun({
  journey: { definition, View },
  options,
  ...view
}: Omit<AccountStepProps, "account"> & { journey: AccountJourney }) {
  const journey = useJourney(definition, options);
  return <View journey={journey as never} {...view} />;
}

export interface SignInProps extends Omit<UseSignInOptions, "onSignedIn" | "offerPasskey" | "checkContact"> {
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
   * "No account yet? Create one" on the username step, called with the username typed so far: show your
   * <SignUp> (pass it as its `initialUsername`). Left out, no such link.
   */
  onSignUp?: (username: string) => void;
  /**
   * `passkeyOffer()` from /passkeys: once signed in, a user with no passkey is offered to create one
   * (where the browser can), with "Not now"; `onSignedIn` fires after. The pool must allow WEB_AUTHN.
   */
  offerPasskey?: PasskeyOffer;
  /**
   * `contactCheck()` from /settings: once signed in, a user with no verified email or phone is asked to
   * verify one (a code), with "Not now"; then the passkey offer, if any, and `onSignedIn`.
   */
  checkContact?: ContactCheck;
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
  const authFlow = props.authFlow ?? "USER_AUTH";
  // The props go as they are: the store reads its own options and ignores the rest.
  const flow = useSignIn({
    ...props,
    authFlow,
    ...(props.passkeyAutofill
      ? { passkeyAutofill: { credentials: props.credentials, ...props.passkeyAutofill } }
      : {}),
  });
  return <SignInSteps {...props} flow={flow} />;
}

/**
 * <SignIn>'s screens for a sign-in run elsewhere: <SignUp> hands its new account to one and shows it with
 * these. `username` fills the username step, for a sign-in that starts from it.
 */
export function SignInSteps(props: SignInProps & { flow: UseSignInResult; username?: string | undefined }) {
  const {
    flow,
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
  // The username step's strings; every screen below adds its own English to the app's messages.
  const messages = useMemo(() => ({ ...signInEn, ...overrides }), [overrides]);

  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    if (flow.error !== undefined) onErrorRef.current?.(flow.error);
  }, [flow.error]);

  const onForgotPassword = props.forgotPassword === false ? undefined : flow.forgotPassword;
  const { account } = flow;
  // Signed in, with a question first: remember this device, verify a contact, or create a passkey.
  const Offer =
    flow.status === "rememberDevice"
      ? RememberDeviceScreen
      : flow.status === "passkeyOffer"
        ? props.offerPasskey?.Step
        : flow.status === "contactCheck"
          ? props.checkContact?.Step
          : undefined;

  return (
    <UiRoot
      messages={overrides}
      theme={theme}
      colorMode={colorMode}
      unstyled={unstyled}
      className={className}
      state={flow.status}
    >
      {account ? (
        <ScreenBoundary onRestart={flow.leaveAccountStep} messages={overrides}>
          <AccountStep
            account={account}
            options={accountStepOptions(account, flow, props)}
            onBack={flow.leaveAccountStep}
            signingIn={account.step === "confirm" || props.afterReset !== "backToSignIn"}
            passwordPolicy={props.passwordPolicy}
            codeOptions={props.codeOptions}
            messages={overrides}
          />
        </ScreenBoundary>
      ) : flow.status === "identify" ? (
        <IdentifyStep
          flow={flow}
          username={props.username ?? flow.username}
          messages={messages}
          askPassword={
            authFlow === "USER_PASSWORD_AUTH" ||
            authFlow === "USER_SRP_AUTH" ||
            preferredChallenge === "PASSWORD" ||
            preferredChallenge === "PASSWORD_SRP"
          }
          preferredChallenge={authFlow === "USER_AUTH" ? preferredChallenge : undefined}
          // The username field takes focus only when the user comes back to it, not as the page loads.
          autoFocus={flow.step > 0 || props.username !== undefined}
          onForgotPassword={onForgotPassword}
          onSignUp={props.onSignUp}
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
            onForgotPassword={onForgotPassword && (() => onForgotPassword())}
          />
        </ScreenBoundary>
      ) : null}
      {Offer ? (
        // Signed in already, so no "Start again" if it cannot load: trying the load again is the way on.
        <ScreenBoundary messages={overrides}>
          <Offer flow={flow} messages={overrides} />
        </ScreenBoundary>
      ) : null}
    </UiRoot>
  );
}

function IdentifyStep({
  flow,
  username: initialUsername,
  messages,
  askPassword,
  preferredChallenge,
  autoFocus,
  onForgotPassword,
  onSignUp,
}: {
  flow: UseSignInResult;
  username: string;
  messages: MessagesOf<typeof signInEn>;
  askPassword: boolean;
  preferredChallenge: FirstFactor | undefined;
  autoFocus: boolean;
  /** "Forgot password?", with the username typed so far. */
  onForgotPassword: ((username: string) => void) | undefined;
  /** "Create an account", with the username typed so far. */
  onSignUp: ((username: string) => void) | undefined;
}) {
  const [username, setUsername] = useState(initialUsername);
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
          {onSignUp ? (
            <Button variant="link" disabled={flow.pending} onClick={() => onSignUp(username)}>
              {messages["signIn.createAccount"]}
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

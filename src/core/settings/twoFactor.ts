/**
 * A signed-in user's second step at sign-in, as a journey for an account page: which methods are on and
 * which one Cognito asks for (GetUser), and turning them on, off or preferred (SetUserMFAPreference). The
 * authenticator app is set up by the TOTP enrollment, which turns it on. Where the pool requires MFA, the
 * last method on is never turned off. Where the pool lets a passkey count as both steps, a user with a
 * passkey (GetUserAuthFactors) turns that on or off. `createTwoFactor` and `useTwoFactor` run it.
 */
import { getUserCommand } from "../commands/getUser";
import { getUserAuthFactorsCommand } from "../commands/getUserAuthFactors";
import { setUserMfaPreferenceCommand } from "../commands/setUserMfaPreference";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { SetUserMfaPreferenceInput } from "../types";

/** A second step Cognito can ask for: an authenticator app, a text message, an email. */
export type MfaMethod = "SOFTWARE_TOKEN_MFA" | "SMS_MFA" | "EMAIL_OTP";

/** Every method, in the order an account page lists them: the strongest first. */
export const mfaMethods: readonly MfaMethod[] = ["SOFTWARE_TOKEN_MFA", "SMS_MFA", "EMAIL_OTP"];

export interface TwoFactorOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /**
   * The pool requires MFA ("ON"): the last method on cannot be turned off, so the account is never left
   * without one (Cognito would ask for a set-up at the next sign-in).
   */
  required?: boolean;
  /** Called after every change Cognito accepted. */
  onChanged?: () => void;
  /**
   * The pool lets a passkey sign-in count as the second step too (its WebAuthnConfiguration's
   * FactorConfiguration is MULTI_FACTOR_WITH_USER_VERIFICATION): a user with a passkey may turn that on
   * (with another method on, as Cognito requires) or off. Default false.
   */
  passkeys?: boolean;
}

export type CreateTwoFactorOptions = TwoFactorOptions & RuntimeOptions;

export interface TwoFactorState {
  /** loading: asking Cognito; ready: the methods are known (again after every change). */
  status: "loading" | "ready";
  /** The methods on, in `mfaMethods`' order. */
  enabled: MfaMethod[];
  /** The one Cognito asks for when several are on; undefined: it lets the user choose. */
  preferred: MfaMethod | undefined;
  /** The user's name, e.g. for the authenticator app's account label. */
  username: string | undefined;
  /** Where text messages go (the user's phone_number), if the user has one. */
  phone: string | undefined;
  /** Where emails go (the user's email), if the user has one. */
  email: string | undefined;
  /** With `passkeys`: the user has a passkey, so passkey sign-in as the second step can be set. */
  hasPasskey: boolean;
  /**
   * Whether a passkey sign-in counts as the second step, as last set here. Cognito never says (no answer
   * carries WebAuthnMfaSettings), so it is undefined until the user sets it on this page.
   */
  passkeyMfa: boolean | undefined;
  pending: boolean;
  /** Cognito's typed error, e.g. InvalidParameterException for a method that is not set up. */
  error: unknown;
}

export interface TwoFactorActions {
  /** Asks Cognito for the user's methods (again). */
  load(): Promise<void>;
  /** Turns a method on; `preferred` also makes it the one asked for. */
  turnOn(method: MfaMethod, preferred?: boolean): Promise<void>;
  /** Turns a method off; refused (nothing sent) for the last one where MFA is required. */
  turnOff(method: MfaMethod): Promise<void>;
  /** Makes a method that is on the one Cognito asks for. */
  prefer(method: MfaMethod): Promise<void>;
  /**
   * Lets a passkey sign-in count as the second step, or not (WebAuthnMfaSettings). Turning it on is
   * refused (nothing sent) while no other method is on: Cognito requires one, so no one is locked out.
   */
  setPasskeyMfa(enabled: boolean): Promise<void>;
}

export type TwoFactorStore = JourneyStore<TwoFactorState, TwoFactorOptions, TwoFactorActions>;

/** SetUserMFAPreference's field for each method. */
const field = { SOFTWARE_TOKEN_MFA: "softwareToken", SMS_MFA: "sms", EMAIL_OTP: "email" } as const;

const isMethod = (name: string): name is MfaMethod => (mfaMethods as readonly string[]).includes(name);

/** Whether turning `method` off would leave a required MFA without a method. */
export const isLastRequired = (
  state: TwoFactorState,
  options: Pick<TwoFactorOptions, "required">,
  method: MfaMethod,
) => Boolean(options.required) && state.enabled.length === 1 && state.enabled[0] === method;

/** The second step at sign-in, as a journey: `createTwoFactor` and `useTwoFactor` run it. */
export const twoFactor: JourneyDefinition<TwoFactorState, TwoFactorOptions, TwoFactorActions> = {
  initial: () => ({
    status: "loading",
    enabled: [],
    preferred: undefined,
    username: undefined,
    phone: undefined,
    email: undefined,
    hasPasskey: false,
    passkeyMfa: undefined,
    pending: false,
    error: undefined,
  }),
  actions: ({ getState: state, update, options, send, run }) => {
    async function read(signal: AbortSignal) {
      const { accessToken, passkeys } = options();
      const [user, factors] = await Promise.all([
        send(getUserCommand, { accessToken }, { signal }),
        passkeys ? send(getUserAuthFactorsCommand, { accessToken }, { signal }) : undefined,
      ]);
      if (signal.aborted) return;
      const preferred = user.preferredMfa;
      update({
        status: "ready",
        enabled: mfaMethods.filter((method) => user.mfaSettings.includes(method)),
        preferred: preferred !== undefined && isMethod(preferred) ? preferred : undefined,
        username: user.username,
        phone: user.userAttributes.phone_number || undefined,
        email: user.userAttributes.email || undefined,
        hasPasskey: factors?.configuredUserAuthFactors.includes("WEB_AUTHN") ?? false,
        pending: false,
      });
    }
    const change = (settings: Omit<SetUserMfaPreferenceInput, "accessToken">) =>
      run(async (signal) => {
        await send(
          setUserMfaPreferenceCommand,
          { accessToken: options().accessToken, ...settings },
          { signal },
        );
        if (signal.aborted) return;
        await read(signal);
        if (!signal.aborted) options().onChanged?.();
      });
    return {
      load: () => run(read),
      turnOn: (method, preferred) =>
        change({ [field[method]]: { enabled: true, ...(preferred ? { preferred: true } : {}) } }),
      turnOff(method) {
        if (isLastRequired(state(), options(), method)) return Promise.resolve();
        return change({ [field[method]]: { enabled: false, preferred: false } });
      },
      prefer: (method) => change({ [field[method]]: { enabled: true, preferred: true } }),
      async setPasskeyMfa(enabled) {
        if (enabled && state().enabled.length === 0) return;
        await change({ webAuthn: { enabled } });
        // Kept only once Cognito took it (a failure is the state's error, and the setting unknown).
        if (state().error === undefined) update({ passkeyMfa: enabled });
      },
    };
  },
};

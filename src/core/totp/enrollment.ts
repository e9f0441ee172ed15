/**
 * Authenticator-app enrollment for a signed-in user (an account page), by access token, as a
 * framework-free store: AssociateSoftwareToken gives a secret to show, VerifySoftwareToken checks the
 * first code, and SetUserMFAPreference turns the app on (Cognito leaves a verified app off until then).
 * One request at a time; `dispose` cancels it.
 */
import { codeRefusedByStatus, InvalidAnswerError } from "../client/errors";
import { associateSoftwareTokenCommand } from "../commands/associateSoftwareToken";
import { verifySoftwareTokenCommand } from "../commands/verifySoftwareToken";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import { normalizeTotpCode } from "./code";
import { loadTotpTurnOn } from "./lazy";

export interface TotpEnrollmentOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Called once the authenticator is verified (and turned on). */
  onDone?: () => void;
  /**
   * What to do with the verified app: `preferred` (the default) turns it on and makes it the method asked
   * at sign-in; `enabled` turns it on beside the others; `false` leaves it off (the app calls
   * SetUserMFAPreference itself).
   */
  turnOn?: "preferred" | "enabled" | false;
}

/** `createTotpEnrollment`'s options: the enrollment's own, and the client (or `send`). */
export type CreateTotpEnrollmentOptions = TotpEnrollmentOptions & RuntimeOptions;

export interface TotpEnrollmentState {
  /** idle: nothing asked yet; associated: the secret is shown; done: the authenticator is verified. */
  status: "idle" | "associated" | "done";
  /** The secret to show while associated; dropped once verified. */
  secretCode: string | undefined;
  pending: boolean;
  error: unknown;
}

export interface TotpEnrollmentActions {
  /** AssociateSoftwareToken with the access token: a new secret. */
  start(): Promise<void>;
  /** VerifySoftwareToken with the first code from the app. */
  verify(code: string, friendlyDeviceName?: string): Promise<void>;
  /** Back to idle, cancelling a request in flight. */
  reset(): void;
}

export type TotpEnrollmentStore = JourneyStore<
  TotpEnrollmentState,
  TotpEnrollmentOptions,
  TotpEnrollmentActions
>;

const idle: TotpEnrollmentState = { status: "idle", secretCode: undefined, pending: false, error: undefined };

/** Authenticator enrollment, as a journey: `createTotpEnrollment` and `useTotpSetup` run it. */
export const totpEnrollment: JourneyDefinition<
  TotpEnrollmentState,
  TotpEnrollmentOptions,
  TotpEnrollmentActions
> = {
  initial: () => idle,
  actions: ({ getState: state, setState, update, options, send, run, busy, cancel, onDispose }) => {
    // The secret leaves with the enrollment.
    onDispose(() => update({ secretCode: undefined }));
    // Cognito takes a secret's first code once: after a failed SetUserMFAPreference, a second try only
    // turns the app on.
    let verified = false;
    return {
      start() {
        verified = false;
        return run(async (signal) => {
          const { secretCode } = await send(
            associateSoftwareTokenCommand,
            { accessToken: options().accessToken },
            { signal },
          );
          if (!signal.aborted) update({ ...idle, status: "associated", secretCode });
        });
      },
      verify(code, friendlyDeviceName) {
        if (state().status !== "associated") return Promise.resolve();
        const userCode = normalizeTotpCode(code);
        if (!verified && userCode === undefined) {
          if (!busy()) update({ error: new InvalidAnswerError("totpCodeFormat") });
          return Promise.resolve();
        }
        return run(async (signal) => {
          if (!verified) {
            const result = await send(
              verifySoftwareTokenCommand,
              {
                accessToken: options().accessToken,
                userCode: userCode as string,
                ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
              },
              { signal },
            );
            if (signal.aborted) return;
            if (result.status !== "SUCCESS") throw codeRefusedByStatus();
            verified = true;
          }
          const turnOn = options().turnOn ?? "preferred";
          if (turnOn !== false)
            await (await loadTotpTurnOn()).turnOnAuthenticator(send, options().accessToken, turnOn, signal);
          if (signal.aborted) return;
          update({ ...idle, status: "done" });
          options().onDone?.();
        });
      },
      reset() {
        cancel();
        verified = false;
        setState(idle);
      },
    };
  },
};

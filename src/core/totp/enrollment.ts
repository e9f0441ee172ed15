/**
 * Authenticator-app enrollment for a signed-in user (an account page), by access token, as a
 * framework-free store: AssociateSoftwareToken gives a secret to show, VerifySoftwareToken checks the
 * first code. One request at a time; `dispose` cancels it. Whether Cognito then asks for the app at
 * sign-in depends on the user's MFA preference (SetUserMFAPreference), which this library does not call.
 */
import { codeRefusedByStatus, InvalidAnswerError } from "../client/errors";
import { associateSoftwareTokenCommand } from "../commands/associateSoftwareToken";
import { verifySoftwareTokenCommand } from "../commands/verifySoftwareToken";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import { normalizeTotpCode } from "./code";

export interface TotpEnrollmentOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Called once the authenticator is verified. */
  onDone?: () => void;
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
    return {
      start() {
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
        if (userCode === undefined) {
          if (!busy()) update({ error: new InvalidAnswerError("totpCodeFormat") });
          return Promise.resolve();
        }
        return run(async (signal) => {
          const result = await send(
            verifySoftwareTokenCommand,
            {
              accessToken: options().accessToken,
              userCode,
              ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
            },
            { signal },
          );
          if (signal.aborted) return;
          if (result.status !== "SUCCESS") throw codeRefusedByStatus();
          update({ ...idle, status: "done" });
          options().onDone?.();
        });
      },
      reset() {
        cancel();
        setState(idle);
      },
    };
  },
};

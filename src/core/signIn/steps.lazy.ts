/**
 * Every step of a sign-in after its first call, loaded as that call goes out, beside the answer readers
 * (protocol.lazy.ts), which it is handed through the flow: the steps the flow takes by itself after each answer (SRP's PASSWORD_VERIFIER, a
 * remembered device's steps, a choice of one made for the user, MFA set-up begun at once), the answers
 * to the challenges, a code sent again, the device remembered. The first load keeps only the start.
 * Made once per sign-in from its flow (flow.ts), which hands in what they need of the first load.
 */
import type { answerChallenge } from "../answers";
import type { KnownChallenge } from "../challenges";
import type { MfaType } from "../names";
import type { AuthenticationResult, AuthResponse, RespondToAuthChallengeInput } from "../types";
import { unknownPasskeyRefusal } from "../webauthn/signals";
import { onlyChoiceAnswer, resendStart, setsUpOnlyTotp } from "./automatic";
import type { LaterSteps, SignInFlow } from "./flow";
import type { TotpSetupState } from "./reducer";

const AUTOMATIC_STEPS: ReadonlySet<string> = new Set([
  "PASSWORD_VERIFIER",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
]);

export function laterSteps(flow: SignInFlow): LaterSteps {
  const {
    context,
    commands,
    dispatch,
    run,
    refuseAnswer,
    respond,
    loadProtocol,
    loadSrp,
    beginSrp,
    totpCode,
  } = flow;
  const { getState: state, options, clock, send } = context;

  /** Hands the tokens over: to the session (with the device this sign-in used), then `onSignedIn`. */
  function deliver(tokens: AuthenticationResult) {
    // The device this sign-in used (remembered) or was issued goes with the session: refreshes must
    // send its key where the pool tracks devices.
    const deviceKey = tokens.newDeviceMetadata?.deviceKey ?? flow.secrets.device?.deviceKey;
    flow.secrets = {};
    const { session, onSignedIn } = options();
    if (tokens.refreshToken) session?.signIn(tokens, deviceKey);
    onSignedIn?.(tokens);
    dispatch({ type: "responded", response: { authenticationResult: tokens }, at: clock() });
  }

  /** Shows what an answer asks next: the challenge's screen, the offer to remember the device, or the tokens. */
  async function finish(response: AuthResponse, signal: AbortSignal, userIdForSrp?: string, resent = false) {
    const tokens = response.authenticationResult;
    if (!tokens) {
      const { parseChallenge } = await loadProtocol();
      if (signal.aborted) return;
      const { username, passwordSent } = state();
      const challenge = parseChallenge(response, username, userIdForSrp ?? state().userIdForSrp);
      const canResend = !!resendStart(challenge?.name, passwordSent, flow.heldPassword, options().authFlow);
      const show = (totpSetup?: TotpSetupState) =>
        dispatch({
          type: "responded",
          response,
          challenge,
          at: clock(),
          userIdForSrp,
          canResend,
          resent,
          totpSetup,
        });
      // MFA set-up with the authenticator as its only method: no screen asking to choose it; the secret
      // is asked for at once and shown with the step. If that fails, the step shows the error and a
      // button to try again.
      const session = setsUpOnlyTotp(challenge);
      if (session === undefined) return show();
      const associated = await send(commands.associateSoftwareToken, { session }, { signal }).catch(
        (error: unknown) => {
          show();
          throw error;
        },
      );
      if (!signal.aborted)
        show({ secretCode: associated.secretCode, session: associated.session ?? session });
      return;
    }
    const device = tokens.newDeviceMetadata;
    if (options().deviceStore && device?.deviceKey && device.deviceGroupKey) {
      flow.secrets = { tokens };
      return dispatch({ type: "offered", offer: "rememberDevice" });
    }
    return handOver(tokens, signal);
  }

  /**
   * Hands the tokens over, after the questions the app asked for: the contact check, for a user with no
   * verified email or phone (skipped with `fromPasskeyOffer`, once it has been asked); then the passkey
   * offer, where the browser can make one and the user has none. Both are courtesies: if their code
   * cannot load, or Cognito cannot say, the sign-in ends without them.
   */
  async function handOver(tokens: AuthenticationResult, signal: AbortSignal, fromPasskeyOffer = false) {
    // The device this sign-in used goes with the tokens, for the session's refreshes.
    const hold = (offer: "passkeyOffer" | "contactCheck") => {
      flow.secrets = { device: flow.secrets.device, tokens };
      dispatch({ type: "offered", offer });
    };
    const checkContact = options().checkContact;
    if (checkContact && !fromPasskeyOffer) {
      const check = await checkContact.load().catch(() => undefined);
      if (signal.aborted) return;
      if (check?.needsContact(tokens.idToken, checkContact.attributes)) return hold("contactCheck");
    }
    const offerPasskey = options().offerPasskey;
    if (offerPasskey) {
      const offer = await offerPasskey.load().catch(() => undefined);
      if (signal.aborted) return;
      if (offer && (await offer.wantsPasskey(send, tokens.accessToken, offerPasskey.credentials, signal))) {
        if (signal.aborted) return;
        return hold("passkeyOffer");
      }
      if (signal.aborted) return;
    }
    deliver(tokens);
  }

  /** The answer the flow gives by itself (SRP and remembered-device steps); undefined when the user must act. */
  async function automaticAnswer(
    response: AuthResponse,
    userIdForSrp: string | undefined,
  ): Promise<RespondToAuthChallengeInput | undefined> {
    const { parseChallenge, answerChallenge } = await loadProtocol();
    const username = state().username;
    const challenge = parseChallenge(response, username, userIdForSrp);
    // A choice of one factor other than the password is made for the user (the password needs a field).
    const choice = onlyChoiceAnswer(challenge, answerChallenge);
    if (choice || !challenge || !AUTOMATIC_STEPS.has(challenge.name)) return choice;
    const { tokens, ...held } = flow.secrets;
    const answered = await (await loadSrp()).answerSrpStep(challenge, held, {
      userPoolId: flow.userPoolId,
      username,
      now: new Date(clock()),
      answer: answerChallenge,
    });
    if (!answered) return undefined;
    flow.secrets = { ...answered.held, tokens };
    return answered.input;
  }

  /**
   * Answers what the flow can answer by itself (at most a few steps), then shows what comes next.
   * Resolves false when such a step failed: its session cannot be answered again, so the round is spent
   * (the user starts over from the username, which is kept), and the failure is in the state already.
   */
  async function settle(first: AuthResponse, signal: AbortSignal, resent = false) {
    let response = first;
    // Steps answered here never reach the state, so the user's id for SRP they carried is kept here.
    let userIdForSrp = state().userIdForSrp;
    for (let step = 0; step < 4 && !signal.aborted; step++) {
      userIdForSrp = response.challengeParameters?.USER_ID_FOR_SRP ?? userIdForSrp;
      const input = await automaticAnswer(response, userIdForSrp);
      if (!input) break;
      try {
        response = await respond(input, signal);
      } catch (error) {
        // A remembered device that Cognito no longer knows or accepts is forgotten here too.
        if (input.challengeName.startsWith("DEVICE_")) await options().deviceStore?.remove(state().username);
        if (signal.aborted) return true;
        dispatch({ type: "failed", error, at: clock(), roundSpent: true });
        return false;
      }
    }
    if (!signal.aborted) await finish(response, signal, userIdForSrp, resent);
    return true;
  }

  /**
   * Sends an answer, built in flight with `answerChallenge` and, for SRP, the SRP module and `a`; then
   * whatever follows.
   */
  function respondWith(
    build: (
      answer: typeof answerChallenge,
    ) => RespondToAuthChallengeInput | Promise<RespondToAuthChallengeInput>,
    sendsPassword = false,
  ) {
    return run(
      async (signal) => {
        const input = await build((await loadProtocol()).answerChallenge);
        await settle(await respond(input, signal), signal);
      },
      true,
      sendsPassword,
    );
  }

  /** With `srp: true`, a password Cognito would get as it is stays here. */
  const srpRefused = () => refuseAnswer("srpUnavailable");

  function currentChallenge(): KnownChallenge | undefined {
    const challenge = state().challenge;
    return challenge && challenge.name !== "UNSUPPORTED" ? challenge : undefined;
  }

  return {
    settle,

    select(choice, extra = {}) {
      const challenge = currentChallenge();
      const { srp } = options();
      if (challenge?.name === "SELECT_CHALLENGE") {
        const password = extra.password ?? "";
        const offersSrp = challenge.availableChallenges.includes("PASSWORD_SRP");
        if (choice === "PASSWORD" && srp === true && !offersSrp) return srpRefused();
        if (choice === "PASSWORD") flow.heldPassword = password;
        if (choice === "PASSWORD" && srp && offersSrp)
          return respondWith(
            async (answer) => answer(challenge, { answer: "PASSWORD_SRP", srpA: await beginSrp(password) }),
            true,
          );
        return respondWith(
          (answer) =>
            choice === "PASSWORD"
              ? answer(challenge, { answer: "PASSWORD", password })
              : answer(challenge, { answer: choice as "SMS_OTP" | "EMAIL_OTP" }),
          choice === "PASSWORD",
        );
      }
      if (challenge?.name === "SELECT_MFA_TYPE")
        return respondWith((answer) => answer(challenge, { mfaType: choice as MfaType }));
      return Promise.resolve();
    },

    answer(answer) {
      const challenge = currentChallenge();
      if (challenge?.name === "PASSWORD" && options().srp === true) return srpRefused();
      if ((challenge?.name === "PASSWORD_SRP" || challenge?.name === "PASSWORD") && "password" in answer)
        flow.heldPassword = answer.password;
      if (challenge?.name === "PASSWORD_SRP" && "password" in answer) {
        const { password } = answer;
        return respondWith(
          async (answerWith) => answerWith(challenge, { srpA: await beginSrp(password) }),
          true,
        );
      }
      if (challenge?.name === "SOFTWARE_TOKEN_MFA" && "code" in answer) {
        const code = totpCode(answer.code);
        if (code === undefined) return refuseAnswer("totpCodeFormat");
        return respondWith((answerWith) => answerWith(challenge, { code }));
      }
      if (challenge?.name === "WEB_AUTHN" && "credential" in answer) {
        const given = answer as { credential: string | object };
        return run(async (signal) => {
          const input = (await loadProtocol()).answerChallenge(challenge, given);
          try {
            await settle(await respond(input, signal), signal);
          } catch (error) {
            // A passkey Cognito does not know: the browser is told to stop offering it.
            throw unknownPasskeyRefusal(challenge, given.credential, error, options().signals);
          }
        }, true);
      }
      if (!challenge) return Promise.resolve();
      return respondWith((answerWith) => answerWith(challenge, answer), challenge.name === "PASSWORD");
    },

    async resendCode() {
      const { status, canResend, challenge, passwordSent, username } = state();
      if (status !== "challenge" || !canResend) return;
      const again = resendStart(challenge?.name, passwordSent, flow.heldPassword, options().authFlow);
      if (again) return flow.initiate(username, again, true);
    },

    rememberDevice(remember) {
      const tokens = flow.secrets.tokens;
      const device = tokens?.newDeviceMetadata;
      const { deviceStore: store, deviceName } = options();
      if (state().status !== "rememberDevice" || !tokens) return Promise.resolve();
      if (!remember || !store || !device?.deviceKey || !device.deviceGroupKey)
        return run((signal) => handOver(tokens, signal), false);
      const { deviceKey, deviceGroupKey } = device;
      const accessToken = tokens.accessToken;
      return run(async (signal) => {
        const remembered = await (await loadSrp()).confirmNewDevice(
          {
            confirmDevice: (input, callOptions) => send(commands.confirmDevice, input, callOptions),
            updateDeviceStatus: (input, callOptions) => send(commands.updateDeviceStatus, input, callOptions),
          },
          { accessToken, deviceKey, deviceGroupKey, deviceName },
          signal,
        );
        await store.set(state().username, remembered);
        if (!signal.aborted) await handOver(tokens, signal);
      }, false);
    },

    createPasskey() {
      const tokens = flow.secrets.tokens;
      const offer = options().offerPasskey;
      if (state().status !== "passkeyOffer" || !tokens || !offer) return Promise.resolve();
      return run(async (signal) => {
        const { registerPasskey, isCancel } = await offer.load();
        try {
          const registered = await registerPasskey(send, tokens.accessToken, offer.credentials, signal);
          if (registered !== undefined) deliver(tokens);
        } catch (error) {
          if (!isCancel(error)) throw error;
          // The user closed the browser's sheet: the offer stays as it was, with nothing to say.
          if (!signal.aborted) dispatch({ type: "offered", offer: "passkeyOffer" });
        }
      }, false);
    },

    continueSignIn() {
      const tokens = flow.secrets.tokens;
      const { status } = state();
      if (!tokens || (status !== "passkeyOffer" && status !== "contactCheck")) return Promise.resolve();
      // "Not now" while the browser's sheet is open closes it: its request is aborted.
      context.cancel();
      if (status === "passkeyOffer") {
        deliver(tokens);
        return Promise.resolve();
      }
      return run((signal) => handOver(tokens, signal, true), false);
    },

    setupTotp() {
      const challenge = currentChallenge();
      // Already asked for (the flow does so by itself when the authenticator is the only method).
      if (challenge?.name !== "MFA_SETUP" || challenge.session === undefined || state().totpSetup)
        return Promise.resolve();
      const session = challenge.session;
      return run(async (signal) => {
        const result = await send(commands.associateSoftwareToken, { session }, { signal });
        if (signal.aborted) return;
        dispatch({
          type: "totpAssociated",
          secretCode: result.secretCode,
          session: result.session ?? session,
          at: clock(),
        });
      }, true);
    },

    verifyTotp(code, friendlyDeviceName) {
      const challenge = currentChallenge();
      const setup = state().totpSetup;
      if (challenge?.name !== "MFA_SETUP" || !setup) return Promise.resolve();
      const userCode = totpCode(code);
      if (userCode === undefined) return refuseAnswer("totpCodeFormat");
      return run(async (signal) => {
        const verified = await send(
          commands.verifySoftwareToken,
          { session: setup.session, userCode, ...(friendlyDeviceName ? { friendlyDeviceName } : {}) },
          { signal },
        );
        if (verified.status !== "SUCCESS" || verified.session === undefined) throw flow.codeRefused();
        const { answerChallenge } = await loadProtocol();
        const response = await respond(
          answerChallenge(challenge, { verifiedSession: verified.session }),
          signal,
        );
        if (!signal.aborted) await finish(response, signal);
      }, true);
    },
  };
}

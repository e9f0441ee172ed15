/**
 * Every step of a sign-in after its first call, loaded with the answer readers (protocol.lazy.ts) as
 * that call goes out: the steps the flow takes by itself after each answer (SRP's PASSWORD_VERIFIER, a
 * remembered device's steps, a choice of one made for the user, MFA set-up begun at once), the answers
 * to the challenges, a code sent again, the device remembered. The first load keeps only the start.
 * Functions of the flow (flow.ts), which hands in what they need of the first load.
 */
import type { answerChallenge } from "../answers";
import type { KnownChallenge } from "../challenges";
import { codeRefusedByStatus, InvalidAnswerError } from "../client/errors";
import type { MfaType } from "../names";
import { normalizeTotpCode } from "../totp/code";
import type { AuthenticationResult, AuthResponse, RespondToAuthChallengeInput } from "../types";
import { onlyChoiceAnswer, resendStart, setsUpOnlyTotp } from "./automatic";
import type { SignInFlow } from "./flow";
import type { TotpSetupState } from "./reducer";
import type { SignInActions } from "./types";

const AUTOMATIC_STEPS: ReadonlySet<string> = new Set([
  "PASSWORD_VERIFIER",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
]);

/** Hands the tokens over: to the session (with the device this sign-in used), then `onSignedIn`. */
function deliver(flow: SignInFlow, tokens: AuthenticationResult) {
  const { context, secrets } = flow;
  // The device this sign-in used (remembered) or was issued goes with the session: refreshes must
  // send its key where the pool tracks devices.
  const deviceKey = tokens.newDeviceMetadata?.deviceKey ?? secrets.device?.deviceKey;
  flow.secrets = {};
  const options = context.options();
  if (tokens.refreshToken) options.session?.signIn(tokens, deviceKey);
  options.onSignedIn?.(tokens);
  flow.dispatch({ type: "responded", response: { authenticationResult: tokens }, at: context.clock() });
}

/** Shows what an answer asks next: the challenge's screen, the offer to remember the device, or the tokens. */
async function finish(
  flow: SignInFlow,
  response: AuthResponse,
  signal: AbortSignal,
  userIdForSrp?: string,
  resent = false,
) {
  const { context } = flow;
  const tokens = response.authenticationResult;
  if (!tokens) {
    const protocol = await flow.loadProtocol();
    if (signal.aborted) return;
    const state = context.getState();
    const challenge = protocol.parseChallenge(response, state.username, userIdForSrp ?? state.userIdForSrp);
    const canResend = !!resendStart(
      challenge?.name,
      state.passwordSent,
      flow.heldPassword,
      context.options().authFlow,
    );
    const show = (totpSetup?: TotpSetupState) =>
      flow.dispatch({
        type: "responded",
        response,
        challenge,
        at: context.clock(),
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
    const associated = await context
      .send(flow.commands.associateSoftwareToken, { session }, { signal })
      .catch((error: unknown) => {
        show();
        throw error;
      });
    if (!signal.aborted) show({ secretCode: associated.secretCode, session: associated.session ?? session });
    return;
  }
  const device = tokens.newDeviceMetadata;
  if (context.options().deviceStore && device?.deviceKey && device.deviceGroupKey) {
    flow.secrets = { tokens };
    return flow.dispatch({ type: "deviceOffered" });
  }
  deliver(flow, tokens);
}

/** The answer the flow gives by itself (SRP and remembered-device steps); undefined when the user must act. */
async function automaticAnswer(
  flow: SignInFlow,
  response: AuthResponse,
  userIdForSrp: string | undefined,
): Promise<RespondToAuthChallengeInput | undefined> {
  const { context } = flow;
  const { parseChallenge, answerChallenge } = await flow.loadProtocol();
  const username = context.getState().username;
  const challenge = parseChallenge(response, username, userIdForSrp);
  // A choice of one factor other than the password is made for the user (the password needs a field).
  const choice = onlyChoiceAnswer(challenge);
  if (choice || !challenge || !AUTOMATIC_STEPS.has(challenge.name)) return choice;
  const { tokens, ...held } = flow.secrets;
  const answered = await (await flow.loadSrp()).answerSrpStep(challenge, held, {
    userPoolId: flow.userPoolId,
    username,
    now: new Date(context.clock()),
    answer: answerChallenge,
  });
  if (!answered) return undefined;
  flow.secrets = { ...answered.held, tokens };
  return answered.input;
}

/**
 * Answers what the flow can answer by itself (at most a few steps), then shows what comes next. Resolves
 * false when such a step failed: its session cannot be answered again, so the round is spent (the user
 * starts over from the username, which is kept), and the failure is in the state already.
 */
async function settle(flow: SignInFlow, first: AuthResponse, signal: AbortSignal, resent = false) {
  let response = first;
  const { context } = flow;
  // Steps answered here never reach the state, so the user's id for SRP they carried is kept here.
  let userIdForSrp = context.getState().userIdForSrp;
  for (let step = 0; step < 4 && !signal.aborted; step++) {
    userIdForSrp = response.challengeParameters?.USER_ID_FOR_SRP ?? userIdForSrp;
    const input = await automaticAnswer(flow, response, userIdForSrp);
    if (!input) break;
    try {
      response = await flow.respond(input, signal);
    } catch (error) {
      // A remembered device that Cognito no longer knows or accepts is forgotten here too.
      if (input.challengeName.startsWith("DEVICE_"))
        await context.options().deviceStore?.remove(context.getState().username);
      if (signal.aborted) return true;
      flow.dispatch({ type: "failed", error, at: context.clock(), roundSpent: true });
      return false;
    }
  }
  if (!signal.aborted) await finish(flow, response, signal, userIdForSrp, resent);
  return true;
}

/**
 * Sends an answer, built in flight with `answerChallenge` and, for SRP, the SRP module and `a`; then
 * whatever follows.
 */
function respondWith(
  flow: SignInFlow,
  build: (
    answer: typeof answerChallenge,
  ) => RespondToAuthChallengeInput | Promise<RespondToAuthChallengeInput>,
  sendsPassword = false,
) {
  return flow.run(
    async (signal) => {
      const input = await build((await flow.loadProtocol()).answerChallenge);
      await settle(flow, await flow.respond(input, signal), signal);
    },
    true,
    sendsPassword,
  );
}

/** With `srp: true`, a password Cognito would get as it is stays here. */
const srpRefused = (flow: SignInFlow) => flow.refuse(new InvalidAnswerError("srpUnavailable"));

function currentChallenge(flow: SignInFlow): KnownChallenge | undefined {
  const challenge = flow.context.getState().challenge;
  return challenge && challenge.name !== "UNSUPPORTED" ? challenge : undefined;
}

type Later = "select" | "answer" | "rememberDevice" | "setupTotp" | "verifyTotp" | "resendCode";

/** The actions that answer what Cognito asked, as functions of the flow (the first load delegates). */
export const laterActions: {
  [Name in Later]: (flow: SignInFlow, ...args: Parameters<SignInActions[Name]>) => Promise<void>;
} = {
  select(flow, choice, extra = {}) {
    const challenge = currentChallenge(flow);
    const { srp } = flow.context.options();
    if (challenge?.name === "SELECT_CHALLENGE") {
      const password = extra.password ?? "";
      const offersSrp = challenge.availableChallenges.includes("PASSWORD_SRP");
      if (choice === "PASSWORD" && srp === true && !offersSrp) return srpRefused(flow);
      if (choice === "PASSWORD") flow.heldPassword = password;
      if (choice === "PASSWORD" && srp && offersSrp)
        return respondWith(
          flow,
          async (answer) =>
            answer(challenge, { answer: "PASSWORD_SRP", srpA: await flow.beginSrp(password) }),
          true,
        );
      return respondWith(
        flow,
        (answer) =>
          choice === "PASSWORD"
            ? answer(challenge, { answer: "PASSWORD", password })
            : answer(challenge, { answer: choice as "SMS_OTP" | "EMAIL_OTP" }),
        choice === "PASSWORD",
      );
    }
    if (challenge?.name === "SELECT_MFA_TYPE")
      return respondWith(flow, (answer) => answer(challenge, { mfaType: choice as MfaType }));
    return Promise.resolve();
  },

  answer(flow, answer) {
    const challenge = currentChallenge(flow);
    if (challenge?.name === "PASSWORD" && flow.context.options().srp === true) return srpRefused(flow);
    if ((challenge?.name === "PASSWORD_SRP" || challenge?.name === "PASSWORD") && "password" in answer)
      flow.heldPassword = answer.password;
    if (challenge?.name === "PASSWORD_SRP" && "password" in answer) {
      const { password } = answer;
      return respondWith(
        flow,
        async (answerWith) => answerWith(challenge, { srpA: await flow.beginSrp(password) }),
        true,
      );
    }
    if (challenge?.name === "SOFTWARE_TOKEN_MFA" && "code" in answer) {
      const code = normalizeTotpCode(answer.code);
      if (code === undefined) return flow.refuse(new InvalidAnswerError("totpCodeFormat"));
      return respondWith(flow, (answerWith) => answerWith(challenge, { code }));
    }
    if (!challenge) return Promise.resolve();
    return respondWith(flow, (answerWith) => answerWith(challenge, answer), challenge.name === "PASSWORD");
  },

  async resendCode(flow) {
    const { status, canResend, challenge, passwordSent, username } = flow.context.getState();
    if (status !== "challenge" || !canResend) return;
    const again = resendStart(
      challenge?.name,
      passwordSent,
      flow.heldPassword,
      flow.context.options().authFlow,
    );
    if (again) return flow.initiate(username, again, true);
  },

  rememberDevice(flow, remember) {
    const { context } = flow;
    const tokens = flow.secrets.tokens;
    const device = tokens?.newDeviceMetadata;
    const { deviceStore: store, deviceName } = context.options();
    if (context.getState().status !== "rememberDevice" || !tokens) return Promise.resolve();
    if (!remember || !store || !device?.deviceKey || !device.deviceGroupKey) {
      if (!context.busy()) deliver(flow, tokens);
      return Promise.resolve();
    }
    const { deviceKey, deviceGroupKey } = device;
    const accessToken = tokens.accessToken;
    const { send, commands } = { send: context.send, commands: flow.commands };
    return flow.run(async (signal) => {
      const remembered = await (await flow.loadSrp()).confirmNewDevice(
        {
          confirmDevice: (input, callOptions) => send(commands.confirmDevice, input, callOptions),
          updateDeviceStatus: (input, callOptions) => send(commands.updateDeviceStatus, input, callOptions),
        },
        { accessToken, deviceKey, deviceGroupKey, deviceName },
        signal,
      );
      await store.set(context.getState().username, remembered);
      if (!signal.aborted) deliver(flow, tokens);
    }, false);
  },

  setupTotp(flow) {
    const { context } = flow;
    const challenge = currentChallenge(flow);
    // Already asked for (the flow does so by itself when the authenticator is the only method).
    if (challenge?.name !== "MFA_SETUP" || challenge.session === undefined || context.getState().totpSetup)
      return Promise.resolve();
    const session = challenge.session;
    return flow.run(async (signal) => {
      const result = await context.send(flow.commands.associateSoftwareToken, { session }, { signal });
      if (signal.aborted) return;
      flow.dispatch({
        type: "totpAssociated",
        secretCode: result.secretCode,
        session: result.session ?? session,
        at: context.clock(),
      });
    }, true);
  },

  verifyTotp(flow, code, friendlyDeviceName) {
    const { context } = flow;
    const challenge = currentChallenge(flow);
    const setup = context.getState().totpSetup;
    if (challenge?.name !== "MFA_SETUP" || !setup) return Promise.resolve();
    const userCode = normalizeTotpCode(code);
    if (userCode === undefined) return flow.refuse(new InvalidAnswerError("totpCodeFormat"));
    return flow.run(async (signal) => {
      const verified = await context.send(
        flow.commands.verifySoftwareToken,
        { session: setup.session, userCode, ...(friendlyDeviceName ? { friendlyDeviceName } : {}) },
        { signal },
      );
      if (verified.status !== "SUCCESS" || verified.session === undefined) throw codeRefusedByStatus();
      const { answerChallenge } = await flow.loadProtocol();
      const response = await flow.respond(
        answerChallenge(challenge, { verifiedSession: verified.session }),
        signal,
      );
      if (!signal.aborted) await finish(flow, response, signal);
    }, true);
  },
};

export { settle };

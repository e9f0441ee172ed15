/**
 * The whole sign-in as a journey: `getState()` says which screen to show, the actions move it on. It owns
 * what a sign-in must get right whatever renders it: one request at a time, the secrets (never in
 * state), the session's expiry, the steps it answers by itself, the passkey autofill offer, the account
 * steps it composes (a reset, a confirmation: `accountStepOptions`), and cancelling everything on
 * `dispose`. `createSignIn` and `useSignIn` run it.
 *
 * This is the first load's half: the start, and the frame every step runs in. Every step after the
 * first call (steps.lazy.ts) loads as the first call goes out, beside the answer readers.
 */
import { codeRefusedByStatus, InvalidAnswerError } from "../client/errors";
import { associateSoftwareTokenCommand } from "../commands/associateSoftwareToken";
import { confirmDeviceCommand } from "../commands/confirmDevice";
import { initiateAuthCommand } from "../commands/initiateAuth";
import { respondToAuthChallengeCommand } from "../commands/respondToAuthChallenge";
import { updateDeviceStatusCommand } from "../commands/updateDeviceStatus";
import { verifySoftwareTokenCommand } from "../commands/verifySoftwareToken";
import type { JourneyDefinition } from "../journey/journey";
import { loadPasskeyAutofill, loadProtocol, loadSrp, loadSteps } from "../lazy";
import { onDemand } from "../store/onDemand";
import { atDeadline } from "../store/timers";
import { normalizeTotpCode } from "../totp/code";
import { accountNeedOf } from "./accountNeed";
import type { LaterSteps, SignInFlow } from "./flow";
import { initialSignInState, isExpired, type SignInState, signInReducer } from "./reducer";
import { startRequest } from "./startRequest";
import type { SignInActions, SignInOptions, StartOptions } from "./types";

export const signIn: JourneyDefinition<SignInState, SignInOptions, SignInActions> = {
  initial: (options) =>
    initialSignInState({ username: options.initialUsername, sessionValidityMs: options.sessionValidityMs }),
  actions(context) {
    const { getState: state, options, clock, send } = context;
    const metadata = () => options().clientMetadata;
    const fail = (error: unknown) => flow.dispatch({ type: "failed", error, at: clock() });

    const flow: SignInFlow = {
      context,
      secrets: {},
      heldPassword: undefined,
      dispatch(event) {
        if (context.isDisposed()) return;
        context.setState(signInReducer(state(), event));
        const { status, pending, error } = state();
        // Kept after UserNotConfirmedException for the sign-in that ends the confirmation.
        if (status !== "challenge" && !pending && accountNeedOf(error) !== "confirm")
          flow.heldPassword = undefined;
        armExpiry();
        reconcileOffer();
      },
      run(request, needsSession, sendsPassword = false) {
        const current = state();
        if (context.busy()) return Promise.resolve();
        if (needsSession && (current.status !== "challenge" || isExpired(current, clock()))) {
          flow.dispatch({ type: "tick", at: clock() });
          return Promise.resolve();
        }
        return context.run(request, {
          start: () => flow.dispatch({ type: "request", sendsPassword }),
          fail,
        });
      },
      refuse(error) {
        if (!context.busy()) fail(error);
        return Promise.resolve();
      },
      refuseAnswer: (reason) => flow.refuse(new InvalidAnswerError(reason)),
      codeRefused: codeRefusedByStatus,
      totpCode: normalizeTotpCode,
      respond: (input, signal) =>
        send(respondToAuthChallengeCommand, { ...input, clientMetadata: metadata() }, { signal }),
      initiate(username, startOptions, resent) {
        const { authFlow, deviceStore } = options();
        const request = startRequest(username, options(), startOptions);
        const { parameters, srpPassword } = request;
        return flow.run(
          async (signal) => {
            if (startOptions.password !== undefined) flow.heldPassword = startOptions.password;
            if (srpPassword !== undefined) parameters.SRP_A = await flow.beginSrp(srpPassword);
            const device = await deviceStore?.get(username);
            if (device) {
              flow.secrets = { ...flow.secrets, device };
              parameters.DEVICE_KEY = device.deviceKey;
            }
            const response = await send(
              initiateAuthCommand,
              {
                authFlow: authFlow ?? "USER_AUTH",
                authParameters: parameters,
                clientMetadata: metadata(),
                session: startOptions.session,
              },
              { signal },
            );
            // Loaded already: the client read the answer with it.
            await (await flow.steps()).settle(response, signal, resent);
          },
          false,
          request.sendsPassword,
        );
      },
      async beginSrp(password) {
        flow.userPoolId();
        const ephemeral = (await loadSrp()).createSrpEphemeral();
        flow.secrets = { ...flow.secrets, password, ephemeral };
        return ephemeral.srpA;
      },
      userPoolId() {
        const id = options().client.userPoolId;
        if (!id)
          throw new TypeError(
            "createSignIn (useSignIn, <SignIn>): SRP needs the client's `userPoolId` (the pool's name is part of the proof).",
          );
        return id;
      },
      loadSrp,
      loadProtocol,
      steps: onDemand(() => loadSteps().then(({ laterSteps }) => laterSteps(flow))),
      commands: {
        associateSoftwareToken: associateSoftwareTokenCommand,
        verifySoftwareToken: verifySoftwareTokenCommand,
        confirmDevice: confirmDeviceCommand,
        updateDeviceStatus: updateDeviceStatusCommand,
      },
    };

    // Move to `expired` when the session runs out while a challenge is on screen.
    let expiry: { at: number; cancel: () => void } | undefined;
    function armExpiry() {
      const { status, expiresAt } = state();
      const wanted = status === "challenge" && !context.isDisposed() ? expiresAt : undefined;
      if (expiry?.at === wanted) return;
      expiry?.cancel();
      expiry =
        wanted === undefined
          ? undefined
          : {
              at: wanted,
              cancel: atDeadline(wanted, clock, context.timers(), () =>
                flow.dispatch({ type: "tick", at: clock() }),
              ),
            };
    }

    // The passkey autofill offer for a username, kept while the username step stays idle and watched,
    // so that an ended one is not repeated; `refused` once Cognito refused an autofilled passkey, since
    // offering it again at once would only repeat that.
    let offer: { username: string; controller: AbortController } | undefined;
    const offerState = { refused: false };
    function reconcileOffer() {
      const { status, pending, account } = state();
      const { authFlow, passkeyAutofill } = options();
      const watched = !context.isDisposed() && context.listenerCount() > 0;
      const wanted =
        watched && status === "identify" && !account && !pending && !offerState.refused
          ? (authFlow ?? "USER_AUTH") === "USER_AUTH"
            ? passkeyAutofill?.username.trim() || undefined
            : undefined
          : undefined;
      if (offer?.username === wanted) return;
      offer?.controller.abort();
      offer = wanted === undefined ? undefined : { username: wanted, controller: new AbortController() };
      // An offer, not a step: if its code cannot even load, the username field works as before.
      if (offer)
        loadPasskeyAutofill()
          .then(
            (module) =>
              offer && module.offerPasskey(flow, offer.username, offer.controller.signal, offerState),
          )
          .catch(() => {});
    }
    function endOffer() {
      offer?.controller.abort();
      offer = undefined;
      offerState.refused = false;
    }

    context.onChange(reconcileOffer);
    context.onDispose(() => {
      flow.secrets = {};
      flow.heldPassword = undefined;
      expiry?.cancel();
      expiry = undefined;
      endOffer();
    });

    /** A new sign-in; `keepAccount`: the one an account step ends with, which stays on screen meanwhile. */
    function begin(username: string, startOptions: StartOptions, keepAccount = false) {
      if (context.busy()) return Promise.resolve();
      endOffer();
      const typed = username.trim();
      const { srp, authFlow } = options();
      // Configuration mistakes show at the first start, not halfway through a sign-in.
      if (srp || authFlow === "USER_SRP_AUTH") flow.userPoolId();
      startRequest(typed, options(), startOptions);
      // The steps after this call load while it goes out, as the readers do (a failure is tried again
      // when a step needs them).
      flow.steps().catch(() => {});
      // A new start is a new sign-in: whatever the last one left behind goes.
      flow.secrets = {};
      flow.dispatch({ type: "restart", keepAccount });
      flow.dispatch({ type: "setUsername", username: typed });
      return flow.initiate(typed, startOptions, false);
    }

    /**
     * An action of the steps after the first call, which load with the answer readers (loaded by then:
     * the step on screen came with them). If they cannot load, the step says so.
     */
    const later =
      <Name extends Exclude<keyof LaterSteps, "settle">>(name: Name) =>
      (...args: Parameters<SignInActions[Name]>) =>
        flow
          .steps()
          .then((steps) => (steps[name] as (...rest: typeof args) => Promise<void>)(...args), flow.refuse);

    const actions: SignInActions = {
      start: (username, startOptions = {}) => begin(username, startOptions),
      select: later("select"),
      answer: later("answer"),
      rememberDevice: later("rememberDevice"),
      createPasskey: later("createPasskey"),
      continueSignIn: later("continueSignIn"),
      heldAccessToken: () => flow.secrets.tokens?.accessToken,
      setupTotp: later("setupTotp"),
      verifyTotp: later("verifyTotp"),
      resendCode: later("resendCode"),
      signInAgain() {
        const password = flow.heldPassword;
        if (password !== undefined) return begin(state().username, { password });
        actions.restart();
        return Promise.resolve();
      },
      forgotPassword(username) {
        if (context.isDisposed()) return;
        context.cancel();
        endOffer();
        flow.secrets = {};
        flow.dispatch({ type: "forgotPassword", username: username?.trim() ?? "" });
      },
      finishAccountStep(newPassword) {
        const account = state().account;
        const password = newPassword ?? flow.heldPassword;
        if (!account) return Promise.resolve();
        if (password !== undefined) return begin(account.username, { password }, true);
        actions.restart();
        return Promise.resolve();
      },
      leaveAccountStep: () => actions.restart(),
      restart() {
        if (context.isDisposed()) return;
        context.cancel();
        endOffer();
        flow.secrets = {};
        flow.dispatch({ type: "restart" });
      },
    };
    return actions;
  },
};

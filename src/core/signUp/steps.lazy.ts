/**
 * Every step of a sign-up after its form, loaded as its first call goes out, with its commands and
 * their readers: SignUp, the confirmation by code (ConfirmSignUp) or by link (sign-in tries with the held
 * password, with backoff, for a bounded time), a code sent again, and the hand-over to the sign-in. It
 * imports nothing of the first load: it is handed the flow (flow.ts).
 */
import { confirmSignUpCommand } from "../commands/confirmSignUp";
import { resendConfirmationCodeCommand } from "../commands/resendConfirmationCode";
import { signUpCommand } from "../commands/signUp";
import type { SignUpFlow, SignUpSteps } from "./flow";

const TEN_MINUTES = 600_000;
/** The first wait before trying a link's sign-in, and the longest; each wait doubles. */
const FIRST_TRY_MS = 2_000;
const LONGEST_WAIT_MS = 30_000;

const nameOf = (error: unknown) => (error as { name?: unknown } | undefined)?.name;

export function signUpSteps(flow: SignUpFlow): SignUpSteps {
  const { getState: state, update, options, send, run, busy, clock, timers } = flow.context;
  const metadata = () => {
    const { clientMetadata } = options();
    return clientMetadata ? { clientMetadata } : {};
  };

  /**
   * The account is confirmed: the sign-in takes over (Session, else password, else its own step). The
   * journey stays `pending` until that sign-in has answered, so that a screen shows "signing you in"
   * rather than the sign-in's username step meanwhile.
   */
  async function handOver(username: string) {
    const { session, password } = flow.held;
    flow.forget();
    flow.keep(undefined);
    const signIn = options().signIn;
    if (!signIn) {
      update({ status: "done", pending: false, error: undefined });
      options().onConfirmed?.(username);
      return;
    }
    update({ status: "signIn", error: undefined });
    let signedIn = false;
    if (session !== undefined) {
      try {
        await signIn.start(username, { session });
        // A Session that ran out (or was used) fails the sign-in at once: then the password, if held.
        const after = signIn.getState();
        signedIn = !(after.status === "identify" && after.error !== undefined);
      } catch {
        // A sign-in that cannot take a Session (USER_PASSWORD_AUTH, USER_SRP_AUTH) refuses it as it
        // starts: the password it is configured for goes instead.
      }
    }
    if (!signedIn && password !== undefined) await signIn.start(username, { password });
    update({ pending: false });
  }

  /** Link step: one sign-in try with the held password; not confirmed yet, the next try later. */
  async function tryLink() {
    const signIn = options().signIn;
    const { password } = flow.held;
    if (state().status !== "link" || !signIn || password === undefined || signIn.getState().pending) return;
    await signIn.start(state().username, { password });
    if (flow.context.isDisposed() || state().status !== "link") return;
    if (nameOf(signIn.getState().error) === "UserNotConfirmedException") return scheduleLink();
    // Confirmed (and signed in, or stopped on the sign-in's own step with its error).
    flow.forget();
    flow.keep(undefined);
    update({ status: "signIn", pending: false, error: undefined });
  }
  function scheduleLink() {
    const wait = flow.wait;
    if (!wait || clock() >= wait.until) return flow.forget();
    wait.handle = timers().setTimeout(() => void tryLink(), Math.min(wait.delay, wait.until - clock()));
    wait.delay = Math.min(wait.delay * 2, LONGEST_WAIT_MS);
  }
  /** The link step's tries begin (again): bounded by `linkWaitMs` from now. */
  function startWaiting() {
    if (flow.wait) timers().clearTimeout(flow.wait.handle);
    flow.wait = {
      until: clock() + (options().linkWaitMs ?? TEN_MINUTES),
      delay: FIRST_TRY_MS,
      handle: undefined,
    };
    update({ waiting: true });
  }

  return {
    async submit({ username: typed, password, attributes, validationData }, signal) {
      const username = typed.trim();
      const answer = await send(
        signUpCommand,
        {
          username,
          ...(password !== undefined ? { password } : {}),
          ...(attributes ? { userAttributes: attributes } : {}),
          ...(validationData ? { validationData } : {}),
          ...metadata(),
        },
        { signal },
      );
      if (signal.aborted) return;
      flow.held = { password, session: answer.session };
      const delivery = answer.codeDeliveryDetails;
      update({ username, delivery, resends: 0 });
      options().onSignedUp?.({ username, userSub: answer.userSub, confirmed: answer.userConfirmed });
      if (answer.userConfirmed) return handOver(username);
      flow.keep({ username, delivery });
      if (options().confirmWith !== "link") return update({ status: "code", pending: false });
      update({ status: "link", pending: false });
      // With the password and a sign-in to try it on, the journey waits for the link by itself.
      if (password !== undefined && options().signIn) {
        startWaiting();
        scheduleLink();
      }
    },
    confirm(code) {
      if (state().status !== "code") return Promise.resolve();
      const { username } = state();
      return run(async (signal) => {
        const answer = await send(
          confirmSignUpCommand,
          { username, confirmationCode: code.trim(), session: flow.held.session, ...metadata() },
          { signal },
        );
        if (signal.aborted) return;
        flow.held = { ...flow.held, session: answer.session };
        await handOver(username);
      });
    },
    resendCode() {
      const { status, username } = state();
      if (status !== "code" && status !== "link") return Promise.resolve();
      return run(async (signal) => {
        const sent = await send(resendConfirmationCodeCommand, { username, ...metadata() }, { signal });
        if (signal.aborted) return;
        const delivery = sent.codeDeliveryDetails;
        update({ delivery, resends: state().resends + 1, pending: false });
        flow.keep({ username, delivery });
      });
    },
    async checkLink() {
      if (state().status !== "link" || busy()) return;
      if (flow.held.password === undefined || !options().signIn) return handOver(state().username);
      startWaiting();
      await tryLink();
    },
  };
}

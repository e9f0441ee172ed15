/**
 * Every exception RespondToAuthChallenge can return, injected at the fake while a code step is on
 * screen: the step announces that exception's own message, keeps the code that was typed, and (for a
 * session that ended) offers to start again. Transport failures too.
 */
import { screen, waitFor } from "@testing-library/react";
import { OPERATION_EXCEPTIONS } from "../../src/core/client/exceptions";
import { en } from "../../src/i18n/en";
import { scenarios } from "../../src/testing/index";
import { renderSignInUi } from "../support/renderSignInUi";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

async function atCodeStep() {
  const rendered = renderSignInUi(scenarios.smsMfa);
  await rendered.user.type(screen.getByLabelText("Username or email"), "sid");
  await rendered.user.type(screen.getByLabelText("Password"), "Correct-Horse-1{Enter}");
  await screen.findByLabelText("Code");
  return rendered;
}

describe("errors on a code step", () => {
  // These two need the account put right first: they lead to its step (SignIn.account.test.tsx).
  const ACCOUNT_STEPS = [
    "NotAuthorizedException",
    "PasswordResetRequiredException",
    "UserNotConfirmedException",
  ];
  it.each(OPERATION_EXCEPTIONS.RespondToAuthChallenge.filter((name) => !ACCOUNT_STEPS.includes(name)))(
    "%s is announced with its own message, and the code is kept",
    async (name) => {
      const rendered = await atCodeStep();
      rendered.fake.failNext("RespondToAuthChallenge", { error: name, message: "server text, never shown" });
      await rendered.user.keyboard("123456{Enter}");
      const alert = await screen.findByText(en[`error.${name}` as keyof typeof en]);
      expect(alert.closest('[role="alert"]')).not.toBeNull();
      expect(screen.queryByText("server text, never shown")).toBeNull();
      expect(screen.getByLabelText("Code")).toHaveValue("123456");
    },
  );

  it.each([
    ["PasswordResetRequiredException", "Choose a new password"],
    ["UserNotConfirmedException", "Confirm your account"],
  ])("%s leads to the step that puts the account right, with a way back", async (name, title) => {
    const rendered = await atCodeStep();
    rendered.fake.failNext("RespondToAuthChallenge", { error: name });
    await rendered.user.keyboard("123456{Enter}");
    expect(await screen.findByRole("heading", { name: title })).toBeInTheDocument();
    await rendered.user.click(screen.getByRole("button", { name: "Back to sign in" }));
    expect(await screen.findByLabelText("Username or email")).toHaveValue("sid");
  });

  it("NotAuthorizedException about the session ends in the expired state", async () => {
    const rendered = await atCodeStep();
    rendered.fake.failNext("RespondToAuthChallenge", {
      error: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
    await rendered.user.keyboard("123456{Enter}");
    expect(await screen.findByRole("button", { name: "Start again" })).toBeInTheDocument();
  });

  it.each([
    [{ networkFailure: true } as const, en["error.network"]],
    [{ response: { status: 502, body: "<html>Bad gateway</html>" } }, en["error.badResponse"]],
    [{ error: "LimitExceededException" }, en["error.LimitExceededException"]],
    [{ error: "SomethingNewException" }, en["error.unknown"]],
  ])("%o is explained", async (fault, message) => {
    const rendered = await atCodeStep();
    rendered.fake.failNext("RespondToAuthChallenge", fault);
    await rendered.user.keyboard("123456{Enter}");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(message));
    // The user can go on: the real code still works on the same session.
    await rendered.user.clear(screen.getByLabelText("Code"));
    await rendered.user.keyboard(`${rendered.fake.lastCode("sid")}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
  });
});

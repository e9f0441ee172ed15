/**
 * The account steps inside <SignIn>, by keyboard, against the fake: a forgotten password that ends
 * signed in (also through MFA), a reset Cognito requires with the code an administrator already sent,
 * an unconfirmed account confirmed and signed in without the password typed again, an unknown user who
 * sees what a known one sees, and a way on from every error. No code or password stays in the cache.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SignIn, type SignInProps } from "../../src/components/SignIn";
import type { AuthenticationResult } from "../../src/core/types";
import { en } from "../../src/i18n/en";
import { createFakeCognito, type FakeCognitoOptions } from "../../src/testing/index";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";
const NEW = "Brand-New-Pass-2";

function renderAccount(props: Partial<SignInProps> = {}, options: Partial<FakeCognitoOptions> = {}) {
  const fake = createFakeCognito({
    pool: { mfa: "OFF" },
    users: [
      { username: "rhea", email: "rhea@example.com", password: PASSWORD },
      { username: "mia", email: "mia@example.com", password: PASSWORD, mfa: { email: true } },
      { username: "ray", email: "ray@example.com", password: PASSWORD, status: "RESET_REQUIRED" },
      { username: "cleo", email: "cleo@example.com", password: PASSWORD, status: "UNCONFIRMED" },
      { username: "nox", email: "nox@example.com", password: PASSWORD, contactVerified: false },
    ],
    ...options,
  });
  const signedIn: AuthenticationResult[] = [];
  const queryClient = new QueryClient();
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SignIn
        clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
        authFlow="USER_PASSWORD_AUTH"
        onSignedIn={(tokens) => signedIn.push(tokens)}
        codeOptions={{ resendCooldownSeconds: 0 }}
        {...props}
      />
    </QueryClientProvider>,
  );
  const operations = () => fake.calls.map((call) => call.operation);
  /** Everything React Query holds, as text: no code or password may be in it. */
  const cached = () =>
    JSON.stringify([
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
    ]);
  return { fake, signedIn, user, view, operations, cached };
}

async function signInWith(t: ReturnType<typeof renderAccount>, username: string, password = PASSWORD) {
  await t.user.type(screen.getByLabelText("Username or email"), username);
  await t.user.type(screen.getByLabelText("Password"), `${password}{Enter}`);
}

describe("<SignIn>: a forgotten password", () => {
  it("Forgot password? → a code → a new password → signed in with it, by keyboard", async () => {
    const t = renderAccount();
    await t.user.type(screen.getByLabelText("Username or email"), "rhea");
    // From the username field: Tab to the password, past its eye toggle and the submit button, to the link.
    for (let i = 0; i < 4; i++) await t.user.tab();
    expect(screen.getByRole("button", { name: "Forgot password?" })).toHaveFocus();
    await t.user.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "Reset your password" })).toBeVisible();
    // The username is carried over, and focus is in it.
    await waitFor(() => expect(screen.getByLabelText("Username or email")).toHaveFocus());
    expect(screen.getByLabelText("Username or email")).toHaveValue("rhea");
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(t.fake.lastCode("rhea") ?? "");
    await t.user.tab();
    await t.user.keyboard(`${NEW}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.signedIn).toHaveLength(1);
    expect(t.operations()).toEqual(["ForgotPassword", "ConfirmForgotPassword", "InitiateAuth"]);
    expect(t.cached()).not.toContain(NEW);
    expect(t.cached()).not.toContain(t.fake.lastCode("rhea") ?? "no code");
  });

  it("after the reset, the sign-in goes on into the MFA Cognito asks for", async () => {
    const t = renderAccount({}, { pool: { mfa: "ON" } });
    await t.user.type(screen.getByLabelText("Username or email"), "mia");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    await t.user.type(await screen.findByLabelText("Code"), t.fake.lastCode("mia") ?? "");
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    // Email MFA: a new code, on the sign-in's own code step.
    await screen.findByText(/we sent a code by email/i);
    await t.user.type(screen.getByLabelText("Code"), `${t.fake.lastCode("mia")}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
  });

  it('afterReset="backToSignIn" says the password is changed and goes back to the username step', async () => {
    const t = renderAccount({ afterReset: "backToSignIn" });
    await t.user.type(screen.getByLabelText("Username or email"), "rhea");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    await t.user.type(await screen.findByLabelText("Code"), t.fake.lastCode("rhea") ?? "");
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    expect(await screen.findByText("You can sign in with your new password now.")).toBeVisible();
    expect(t.operations()).not.toContain("InitiateAuth");
    await t.user.click(screen.getByRole("button", { name: "Back to sign in" }));
    expect(await screen.findByLabelText("Username or email")).toHaveValue("rhea");
  });

  it("forgotPassword={false} hides the link", () => {
    renderAccount({ forgotPassword: false });
    expect(screen.queryByRole("button", { name: "Forgot password?" })).toBeNull();
  });

  it("an unknown user sees exactly the screens a known one sees", async () => {
    const screens: string[] = [];
    for (const username of ["rhea@example.com", "ghost@example.com"]) {
      const t = renderAccount();
      await t.user.type(screen.getByLabelText("Username or email"), username);
      await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
      await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
      await screen.findByLabelText("Code");
      screens.push(
        (t.view.container.querySelector("[data-slot=step]")?.textContent ?? "").replace(
          /\u2068.*\u2069/,
          "…",
        ),
      );
      t.view.unmount();
    }
    expect(screens[1]).toBe(screens[0]);
  });

  it.each([
    ["ForgotPassword", "LimitExceededException", /too many/i],
    ["ForgotPassword", "CodeDeliveryFailureException", /could not send/i],
  ])("%s failing with %s is said on its step, with the way back", async (operation, error, text) => {
    const t = renderAccount();
    await t.user.type(screen.getByLabelText("Username or email"), "rhea");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    t.fake.failNext(operation as "ForgotPassword", { error });
    await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    // The exceptions' English loads on demand: the alert says the exception's own message once it has.
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(text));
    expect(screen.getByRole("button", { name: "Send me a code" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
  });

  it("a password the pool refuses is said at the password field; a user with no contact is told", async () => {
    const t = renderAccount();
    await t.user.type(screen.getByLabelText("Username or email"), "rhea");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    await t.user.type(await screen.findByLabelText("Code"), t.fake.lastCode("rhea") ?? "");
    t.fake.failNext("ConfirmForgotPassword", { error: "InvalidPasswordException" });
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    const alert = await screen.findByRole("alert");
    expect(screen.getByLabelText("New password").getAttribute("aria-describedby")).toContain(alert.id);
    t.view.unmount();

    const u = renderAccount();
    await u.user.type(screen.getByLabelText("Username or email"), "nox");
    await u.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    await u.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    expect(await screen.findByText(/no verified email address or phone number/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
  });
});

describe("<SignIn>: a reset Cognito requires", () => {
  it("'I already have a code' sends no ForgotPassword, and the new password signs in", async () => {
    const t = renderAccount();
    await signInWith(t, "ray");
    expect(await screen.findByRole("heading", { name: "Choose a new password" })).toBeVisible();
    // By keyboard: from the first action to "I already have a code", then the code and the new password.
    await waitFor(() => expect(screen.getByRole("button", { name: "Send me a code" })).toHaveFocus());
    await t.user.tab();
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(t.fake.lastCode("ray") ?? "");
    await t.user.tab();
    await t.user.keyboard(`${NEW}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.operations()).toEqual(["InitiateAuth", "ConfirmForgotPassword", "InitiateAuth"]);
  });
});

describe("<SignIn>: an unconfirmed account", () => {
  it("sends a code only when asked, confirms, and signs in without the password typed again", async () => {
    const t = renderAccount();
    await signInWith(t, "cleo");
    expect(await screen.findByRole("heading", { name: "Confirm your account" })).toBeVisible();
    expect(t.operations()).toEqual(["InitiateAuth"]);
    // By keyboard: focus starts on the step's first action.
    await waitFor(() => expect(screen.getByRole("button", { name: "Send me a code" })).toHaveFocus());
    await t.user.keyboard("{Enter}");
    expect(await screen.findByText("We sent a code by email to \u2068c***@e***\u2069.")).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(`${t.fake.lastCode("cleo")}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.operations()).toEqual([
      "InitiateAuth",
      "ResendConfirmationCode",
      "ConfirmSignUp",
      "InitiateAuth",
    ]);
    // The fake signs in only with the right password: the one typed before, held by the sign-in.
    expect(t.signedIn).toHaveLength(1);
    expect(t.cached()).not.toContain(PASSWORD);
  });

  it("a wrong code is said with a new code offered; an account confirmed already goes straight on", async () => {
    const t = renderAccount();
    await signInWith(t, "cleo");
    await t.user.click(await screen.findByRole("button", { name: "I already have a code" }));
    const code = t.fake.lastCode("cleo") ?? "";
    await t.user.type(
      await screen.findByLabelText("Code"),
      code === "111111" ? "222222{Enter}" : "111111{Enter}",
    );
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/not right/));
    expect(screen.getByRole("button", { name: "Send a new code" })).toBeEnabled();
    // Confirmed meanwhile (say, from the link in the email): ConfirmSignUp says so, and the sign-in goes on.
    t.fake.failNext("ConfirmSignUp", {
      error: "NotAuthorizedException",
      message: "User cannot be confirmed. Current status is CONFIRMED",
    });
    await t.user.clear(screen.getByLabelText("Code"));
    await t.user.type(screen.getByLabelText("Code"), `${code}{Enter}`);
    await waitFor(() => expect(t.operations().at(-1)).toBe("InitiateAuth"));
  });
});

describe("<SignIn>: every failure of the account steps ends with a way on", () => {
  async function atResetCode(t: ReturnType<typeof renderAccount>) {
    await t.user.type(screen.getByLabelText("Username or email"), "rhea");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    await t.user.type(await screen.findByLabelText("Code"), t.fake.lastCode("rhea") ?? "");
    await t.user.type(screen.getByLabelText("New password"), NEW);
  }

  it.each([
    "CodeMismatchException",
    "ExpiredCodeException",
    "TooManyFailedAttemptsException",
    "LimitExceededException",
    "InvalidPasswordException",
    "PasswordHistoryPolicyViolationException",
  ])("ConfirmForgotPassword failing with %s: its message, and a new code or the way back", async (error) => {
    const t = renderAccount();
    await atResetCode(t);
    t.fake.failNext("ConfirmForgotPassword", { error });
    await t.user.keyboard("{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(en[`error.${error}` as keyof typeof en]),
    );
    expect(screen.getByRole("button", { name: "Send a new code" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
    // What was typed stays for another try.
    expect(screen.getByLabelText("New password")).toHaveValue(NEW);
  });

  it.each([
    [{ networkFailure: true } as const, en["error.network"]],
    [{ response: { status: 502, body: "<html>Bad gateway</html>" } }, en["error.badResponse"]],
  ])("ForgotPassword failing in transport (%o) is said, never a blank screen", async (fault, message) => {
    const t = renderAccount();
    await t.user.type(screen.getByLabelText("Username or email"), "rhea");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    t.fake.failNext("ForgotPassword", fault);
    await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(message));
    // Trying again works.
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    expect(await screen.findByLabelText("Code")).toBeVisible();
  });

  it.each([
    "ExpiredCodeException",
    "TooManyFailedAttemptsException",
    "LimitExceededException",
    "AliasExistsException",
  ])("ConfirmSignUp failing with %s: its message, and a new code or the way back", async (error) => {
    const t = renderAccount();
    await signInWith(t, "cleo");
    await t.user.click(await screen.findByRole("button", { name: "I already have a code" }));
    t.fake.failNext("ConfirmSignUp", { error });
    await t.user.type(await screen.findByLabelText("Code"), `${t.fake.lastCode("cleo")}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(en[`error.${error}` as keyof typeof en]),
    );
    expect(screen.getByRole("button", { name: "Send a new code" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
  });

  it.each(["CodeDeliveryFailureException", "LimitExceededException"])(
    "ResendConfirmationCode failing with %s: its message, on the step that asked",
    async (error) => {
      const t = renderAccount();
      await signInWith(t, "cleo");
      t.fake.failNext("ResendConfirmationCode", { error });
      await t.user.click(await screen.findByRole("button", { name: "Send me a code" }));
      await waitFor(() =>
        expect(screen.getByRole("alert")).toHaveTextContent(en[`error.${error}` as keyof typeof en]),
      );
      expect(screen.getByRole("button", { name: "I already have a code" })).toBeEnabled();
      expect(screen.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
    },
  );
});

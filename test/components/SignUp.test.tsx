/**
 * <SignUp> against the fake, by keyboard where a person would use it: with a password, a code, then signed
 * in without typing the password again; passwordless; into an MFA set-up; resumed after a reload; an
 * existing username; a link; a Lambda's refusal; a pasted international phone number. Nothing secret is
 * kept in React's state, React Query's cache or the pending store.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { passkeyOffer } from "../../src/components/PasskeyOffer";
import { SignUp, type SignUpProps } from "../../src/components/SignUp";
import type { PendingSignUp } from "../../src/core/signUp/types";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakePool } from "../../src/testing/index";
import { manualTimers } from "../support/manualTimers";
import { hookStateStrings } from "../support/reactState";
import { softCredentials } from "../support/softAuthenticator";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";

function renderSignUp(props: Partial<SignUpProps> = {}, pool: FakePool = {}) {
  const fake = createFakeCognito({
    users: [{ username: "taken", email: "taken@example.com", password: PASSWORD }],
    pool,
  });
  const sent: { operation: string; body: Record<string, unknown> }[] = [];
  const signedIn: AuthenticationResult[] = [];
  const queryClient = new QueryClient();
  const user = userEvent.setup();
  const clientOptions = {
    clientId: fake.clientId,
    userPoolId: fake.userPoolId,
    endpoint: "http://fake.test/",
    fetch: (input: string, init: RequestInit) => {
      const target = new Headers(init.headers).get("x-amz-target") ?? "";
      sent.push({ operation: target.split(".").at(-1) ?? "", body: JSON.parse(String(init.body)) });
      return fake(input, init);
    },
  };
  const element = (
    <QueryClientProvider client={queryClient}>
      <SignUp
        clientOptions={clientOptions}
        onSignedIn={(tokens) => signedIn.push(tokens)}
        attributes={[{ name: "email", label: "Email", type: "email", required: true }]}
        codeOptions={{ resendCooldownSeconds: 0 }}
        {...props}
      />
    </QueryClientProvider>
  );
  const view = render(element);
  const cacheText = () =>
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
  return { fake, sent, signedIn, user, view, cacheText, element };
}

async function fillDetails(t: ReturnType<typeof renderSignUp>, username: string, email: string) {
  await waitFor(() => expect(screen.getByLabelText("Username")).toHaveFocus());
  await t.user.keyboard(username);
  await t.user.tab();
  await t.user.keyboard(email);
}

describe("<SignUp>", () => {
  it("with a password: the details, the code, then signed in without typing the password again", async () => {
    const t = renderSignUp({ passwordPolicy: { minLength: 8, requireNumbers: true } });
    expect(screen.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await fillDetails(t, "nia", "nia@example.com");
    await t.user.tab();
    await t.user.keyboard("short");
    // The rules are marked as the user types; a password that breaks one is refused before sending.
    expect(screen.getByText("at least 8 characters").closest("li")).toHaveAttribute("data-state", "unmet");
    await t.user.keyboard("{Enter}");
    expect(await screen.findByText("The password does not meet all the rules yet.")).toBeVisible();
    expect(t.sent).toEqual([]);
    await t.user.clear(screen.getByLabelText("Password"));
    await t.user.type(screen.getByLabelText("Password"), `${PASSWORD}{Enter}`);

    expect(
      await screen.findByText(
        "We sent a code by email to \u2068n***@e***\u2069. Enter it to confirm your account.",
      ),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    const code = t.fake.lastCode("nia") ?? "";
    await t.user.keyboard(`${code}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.signedIn).toHaveLength(1);

    expect(t.sent.map((call) => call.operation)).toEqual(["SignUp", "ConfirmSignUp", "InitiateAuth"]);
    expect(t.sent[0]?.body).toMatchObject({
      Username: "nia",
      Password: PASSWORD,
      UserAttributes: [{ Name: "email", Value: "nia@example.com" }],
    });
    // The first sign-in is by ConfirmSignUp's Session: the password does not go out again.
    const initiate = t.sent[2]?.body ?? {};
    expect(typeof initiate.Session).toBe("string");
    expect(JSON.stringify(initiate)).not.toContain(PASSWORD);

    const held = hookStateStrings(t.view.container).join("\n");
    for (const secret of [PASSWORD, code, t.signedIn[0]?.accessToken ?? "?"]) {
      expect(held).not.toContain(secret);
      expect(t.cacheText()).not.toContain(secret);
    }
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it("passwordless by email code: no password field, signed in after the code", async () => {
    const t = renderSignUp({ passwordless: "EMAIL_OTP" }, { firstFactors: ["EMAIL_OTP"] });
    await fillDetails(t, "nopass", "nopass@example.com");
    expect(screen.queryByLabelText("Password")).toBeNull();
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(`${t.fake.lastCode("nopass")}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.signedIn).toHaveLength(1);
    expect(t.sent[0]?.body).not.toHaveProperty("Password");
  });

  it("offerPasskey: a passwordless new account is offered a passkey, then signed in", async () => {
    const credentials = await softCredentials();
    const t = renderSignUp(
      { passwordless: "EMAIL_OTP", offerPasskey: passkeyOffer({ credentials }) },
      { firstFactors: ["EMAIL_OTP", "WEB_AUTHN"] },
    );
    await fillDetails(t, "keyed", "keyed@example.com");
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(`${t.fake.lastCode("keyed")}{Enter}`);
    await screen.findByRole("heading", { name: "Sign in faster next time" });
    expect(t.signedIn).toEqual([]);
    await waitFor(() => expect(screen.getByRole("button", { name: "Create a passkey" })).toHaveFocus());
    await t.user.keyboard("{Enter}");
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.signedIn).toHaveLength(1);
    expect(t.sent.map((call) => call.operation)).toEqual([
      "SignUp",
      "ConfirmSignUp",
      "InitiateAuth",
      "GetUserAuthFactors",
      "StartWebAuthnRegistration",
      "CompleteWebAuthnRegistration",
    ]);
    // The access token went out with the registration, and stayed out of React's state and the caches.
    const token = t.signedIn[0]?.accessToken ?? "?";
    expect(hookStateStrings(t.view.container).join("\n")).not.toContain(token);
    expect(t.cacheText()).not.toContain(token);
  });

  it("a pool that requires MFA continues into the authenticator's QR step", async () => {
    const t = renderSignUp({}, { mfa: "ON" });
    await fillDetails(t, "mfa-user", "m@example.com");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(`${t.fake.lastCode("mfa-user")}{Enter}`);
    expect(await screen.findByRole("heading", { name: "Set up two-step verification" })).toBeVisible();
    expect(await screen.findByRole("img", { name: /QR code/i })).toBeVisible();
    expect(t.signedIn).toEqual([]);
  });

  it("with a pending store, a reload between sign-up and code lands on the code step", async () => {
    let kept: PendingSignUp | undefined;
    const pendingStore = {
      get: () => kept,
      set: (pending: PendingSignUp) => {
        kept = structuredClone(pending);
      },
      clear: () => {
        kept = undefined;
      },
    };
    const t = renderSignUp({ pendingStore });
    await fillDetails(t, "later", "later@example.com");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    await screen.findByLabelText("Code");
    expect(kept).toEqual({
      username: "later",
      delivery: { destination: "l***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
    });
    expect(JSON.stringify(kept)).not.toContain(PASSWORD);

    // The reload: a new <SignUp> on the same pool, nothing in memory but what the store kept.
    t.view.unmount();
    const again = render(t.element);
    expect(
      await within(again.container).findByText(/We sent a code by email to \u2068l\*\*\*@e\*\*\*\u2069/),
    ).toBeVisible();
    await t.user.type(within(again.container).getByLabelText("Code"), `${t.fake.lastCode("later")}{Enter}`);
    // No Session and no password after the reload: the password is asked for once, the username kept.
    const password = await within(again.container).findByLabelText("Password");
    expect(within(again.container).getByLabelText("Username or email")).toHaveValue("later");
    await t.user.type(password, `${PASSWORD}{Enter}`);
    expect(await within(again.container).findByText("You are signed in.")).toBeVisible();
    expect(kept).toBeUndefined();
  });

  it("an existing username offers the sign-in with that username, and Forgot password?", async () => {
    const forgot = vi.fn();
    const t = renderSignUp({ onForgotPassword: forgot });
    await fillDetails(t, "taken", "other@example.com");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "An account with this username already exists. Sign in instead?",
    );
    expect(screen.getByLabelText("Username")).toHaveAttribute("aria-invalid", "true");
    await t.user.click(screen.getByRole("button", { name: "Forgot password?" }));
    expect(forgot).toHaveBeenCalledWith("taken");
    await t.user.click(screen.getByRole("button", { name: "Sign in instead" }));
    expect(await screen.findByLabelText("Username or email")).toHaveValue("taken");
    await t.user.type(screen.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toBeVisible();
  });

  it("an app's own sign-in link gets what was typed", async () => {
    const signIn = vi.fn();
    const t = renderSignUp({ onSignIn: signIn, initialUsername: "kept" });
    await waitFor(() => expect(screen.getByLabelText("Username")).toHaveValue("kept"));
    await t.user.type(screen.getByLabelText("Username"), "-more");
    await t.user.click(screen.getByRole("button", { name: "Already have an account? Sign in" }));
    expect(signIn).toHaveBeenCalledWith("kept-more");
  });

  it("confirmed by a link: signed in once the fake marks the link used", async () => {
    const manual = manualTimers();
    const t = renderSignUp({ confirmWith: "link", timers: manual.timers }, { confirmWith: "link" });
    await fillDetails(t, "linky", "linky@example.com");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    expect(await screen.findByRole("heading", { name: "Check your email" })).toBeVisible();
    expect(screen.getByText(/You will be signed in here once the link is opened/)).toBeVisible();
    expect(t.fake.openConfirmationLink("linky")).toBe(true);
    // The journey's next try, as its timer fires.
    await waitFor(() => expect(manual.count()).toBe(1));
    manual.fire();
    expect(await screen.findByText("You are signed in.")).toBeVisible();
    expect(t.signedIn).toHaveLength(1);
    expect(hookStateStrings(t.view.container).join("\n")).not.toContain(PASSWORD);
  });

  it('"I\'ve confirmed" tries at once', async () => {
    const t = renderSignUp({ confirmWith: "link" }, { confirmWith: "link" });
    await fillDetails(t, "linky", "linky@example.com");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    await screen.findByRole("heading", { name: "Check your email" });
    t.fake.openConfirmationLink("linky");
    await t.user.click(screen.getByRole("button", { name: "I've confirmed" }));
    expect(await screen.findByText("You are signed in.")).toBeVisible();
  });

  it("a pre sign-up Lambda's refusal shows the Lambda's own message; consent goes in ValidationData", async () => {
    const t = renderSignUp(
      { consent: { label: "I accept the terms" } },
      {
        preSignUp: ({ validationData }) =>
          validationData.consent === "true" && !validationData.blocked
            ? { refuse: "Sign-ups from this domain are closed." }
            : { autoConfirmUser: false },
      },
    );
    await fillDetails(t, "lambda", "l@blocked.example");
    await t.user.tab();
    await t.user.keyboard(PASSWORD);
    await t.user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText("Accept this to create an account.")).toBeVisible();
    expect(t.sent).toEqual([]);
    await t.user.click(screen.getByLabelText("I accept the terms"));
    await t.user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("Sign-ups from this domain are closed."),
    );
    expect(screen.getByRole("alert")).not.toHaveTextContent("PreSignUp");
    expect(t.sent[0]?.body).toMatchObject({ ValidationData: [{ Name: "consent", Value: "true" }] });
  });

  it("Cognito's refusals land on their field: the password, an attribute", async () => {
    const t = renderSignUp(
      {
        attributes: [
          { name: "email", label: "Email", type: "email", required: true },
          { name: "given_name", label: "First name" },
        ],
      },
      { requiredAttributes: ["given_name"], passwordMinLength: 20 },
    );
    await fillDetails(t, "fields", "f@example.com");
    await t.user.tab();
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    await waitFor(() =>
      expect(screen.getByLabelText("First name (optional)")).toHaveAttribute("aria-invalid", "true"),
    );
    await t.user.type(screen.getByLabelText("First name (optional)"), "Fay");
    await t.user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(screen.getByLabelText("Password")).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByLabelText("First name (optional)")).not.toHaveAttribute("aria-invalid");
  });

  it('a pasted "+44 20 7946 0958" with the default country US is sent as +442079460958', async () => {
    const t = renderSignUp(
      { usernameAs: "phone", defaultCountry: "US", attributes: [], passwordless: "SMS_OTP" },
      {
        usernameAttributes: ["phone_number"],
        autoVerifiedAttributes: ["phone_number"],
        firstFactors: ["SMS_OTP"],
      },
    );
    const country = await screen.findByRole("combobox", { name: "Country or calling code" });
    expect((country as HTMLInputElement).value).toBe("+1 United States");
    // The number field that replaced the plain one as its countries loaded kept the step's focus.
    await waitFor(() => expect(screen.getByLabelText("Phone number")).toHaveFocus());
    await t.user.click(screen.getByLabelText("Phone number"));
    await t.user.paste("+44 20 7946 0958");
    expect((country as HTMLInputElement).value).toBe("+44 United Kingdom");
    expect(screen.getByLabelText("Phone number")).toHaveValue("+44 20 7946 0958");
    await t.user.keyboard("{Enter}");
    await screen.findByLabelText("Code");
    expect(t.sent[0]?.body).toMatchObject({
      Username: "+442079460958",
      UserAttributes: [{ Name: "phone_number", Value: "+442079460958" }],
    });
  });
});

describe("<SignUp>'s phone field", () => {
  it("reads a national number in the chosen country, formats it as typed and sends E.164", async () => {
    const t = renderSignUp(
      { usernameAs: "phone", defaultCountry: "US", attributes: [], passwordless: "SMS_OTP" },
      {
        usernameAttributes: ["phone_number"],
        autoVerifiedAttributes: ["phone_number"],
        firstFactors: ["SMS_OTP"],
      },
    );
    const country = await screen.findByRole("combobox", { name: "Country or calling code" });
    // The country is found by name or by code: a suggestion chosen from the list picks it.
    await t.user.clear(country);
    await t.user.type(country, "+49 Germany");
    await t.user.click(screen.getByLabelText("Phone number"));
    expect((country as HTMLInputElement).value).toBe("+49 Germany");
    await t.user.keyboard("030 123456");
    expect(screen.getByLabelText("Phone number")).toHaveValue("030 123456");
    await t.user.keyboard("{Enter}");
    await screen.findByLabelText("Code");
    expect(t.sent[0]?.body).toMatchObject({ Username: "+4930123456" });
  });

  it("a number that cannot be read in the country is refused at the field", async () => {
    const t = renderSignUp({
      usernameAs: "phone",
      defaultCountry: "GB",
      attributes: [],
      passwordless: "SMS_OTP",
    });
    await screen.findByRole("combobox", { name: "Country or calling code" });
    await t.user.type(screen.getByLabelText("Phone number"), "12{Enter}");
    expect(await screen.findByText("Enter a complete phone number.")).toBeVisible();
    expect(t.sent).toEqual([]);
  });
});

describe("<SignUp> with an email or a phone number as the username", () => {
  const pool: FakePool = {
    usernameAttributes: ["email", "phone_number"],
    autoVerifiedAttributes: ["email", "phone_number"],
  };

  it("an email goes as the username and the email attribute", async () => {
    const t = renderSignUp({ usernameAs: "emailOrPhone", attributes: [] }, pool);
    await waitFor(() => expect(screen.getByLabelText("Email or phone number")).toHaveFocus());
    await t.user.keyboard("ivy@example.com");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    await screen.findByLabelText("Code");
    expect(t.sent[0]?.body).toMatchObject({
      Username: "ivy@example.com",
      UserAttributes: [{ Name: "email", Value: "ivy@example.com" }],
    });
  });

  it("a phone number with its + goes in E.164 as the phone_number attribute; anything else is refused", async () => {
    const t = renderSignUp({ usernameAs: "emailOrPhone", attributes: [] }, pool);
    await waitFor(() => expect(screen.getByLabelText("Email or phone number")).toHaveFocus());
    await t.user.keyboard("020 7946 0958");
    await t.user.tab();
    await t.user.keyboard(`${PASSWORD}{Enter}`);
    expect(
      await screen.findByText(
        "Enter an email address, or a phone number that starts with + and its country code.",
      ),
    ).toBeVisible();
    expect(t.sent).toEqual([]);
    await t.user.clear(screen.getByLabelText("Email or phone number"));
    await t.user.type(screen.getByLabelText("Email or phone number"), "+44 (20) 7946-0958{Enter}");
    await screen.findByLabelText("Code");
    expect(t.sent[0]?.body).toMatchObject({
      Username: "+442079460958",
      UserAttributes: [{ Name: "phone_number", Value: "+442079460958" }],
    });
  });
});

describe("<SignUp>'s way back from the code step", () => {
  it('"Use different details" returns to the form with what was typed (not the password) and forgets the pending sign-up', async () => {
    const fake = createFakeCognito({ users: [] });
    let kept: PendingSignUp | undefined;
    let release = () => {};
    // A store object made anew on every render, as an app passing an inline object does.
    function Page() {
      const pendingStore = {
        get: () => kept,
        set: (pending: PendingSignUp) => {
          kept = pending;
        },
        // An async store (IndexedDB, a server) clears when it gets to it: here, when the test says so.
        clear: () =>
          new Promise<void>((resolve) => {
            release = () => {
              kept = undefined;
              resolve();
            };
          }),
      };
      return (
        <SignUp
          clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
          attributes={[{ name: "email", label: "Email", type: "email", required: true }]}
          pendingStore={pendingStore}
          onSignedIn={() => {}}
        />
      );
    }
    const user = userEvent.setup();
    const view = render(<Page />);
    await waitFor(() => expect(screen.getByLabelText("Username")).toHaveFocus());
    await user.keyboard("wren");
    await user.tab();
    await user.keyboard("wren@example.com");
    await user.tab();
    await user.keyboard(`${PASSWORD}{Enter}`);
    await screen.findByLabelText("Code");
    expect(kept?.username).toBe("wren");
    await user.click(screen.getByRole("button", { name: "Use different details" }));
    expect(await screen.findByLabelText("Username")).toHaveValue("wren");
    expect(screen.getByLabelText("Email")).toHaveValue("wren@example.com");
    expect(screen.getByLabelText("Password")).toHaveValue("");
    // The app renders again (a new store object) while the store still holds the sign-up: it stays.
    view.rerender(<Page />);
    await user.type(screen.getByLabelText("Username"), "-2");
    expect(screen.queryByLabelText("Code")).toBeNull();
    release();
    await waitFor(() => expect(kept).toBeUndefined());
    expect(screen.queryByLabelText("Code")).toBeNull();
  });
});

/**
 * <SignIn checkContact> against the fake, by keyboard: once signed in, a user with no verified email or
 * phone is asked to verify one, focus in its field; a code to it verifies it and the sign-in ends, once;
 * "Not now" ends it without; a corrected email is changed and verified; a user who is fine is never
 * asked (no call made). With the passkey offer too, the check comes first.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { contactCheck } from "../../src/components/ContactCheck";
import { passkeyOffer } from "../../src/components/PasskeyOffer";
import { SignIn } from "../../src/components/SignIn";
import { createCognitoClient } from "../../src/core/client/client";
import { getUser } from "../../src/core/session/operations";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakeUser, scenarios } from "../../src/testing/index";
import { hookStateStrings } from "../support/reactState";
import { renderSignInUi } from "../support/renderSignInUi";
import { softCredentials } from "../support/softAuthenticator";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";

function renderWith(user: Omit<FakeUser, "password">, props = {}) {
  return renderSignInUi(
    scenarios.passwordOnly,
    { preferredChallenge: "PASSWORD", checkContact: contactCheck(), ...props },
    { users: [{ ...user, password: PASSWORD }], pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] } },
  );
}

type Rendered = ReturnType<typeof renderWith>;

async function signIn(rendered: Rendered, username: string) {
  await rendered.user.click(screen.getByLabelText("Username or email"));
  await rendered.user.keyboard(username);
  await rendered.user.tab();
  await rendered.user.keyboard(`${PASSWORD}{Enter}`);
}

async function attributesOf(rendered: Rendered) {
  const client = createCognitoClient({
    clientId: rendered.fake.clientId,
    endpoint: "http://fake.test/",
    fetch: rendered.fake,
  });
  const accessToken = rendered.signedIn[0]?.accessToken ?? "";
  return (await getUser(client, { accessToken })).userAttributes;
}

describe("<SignIn checkContact>", () => {
  it("asks a user with an unverified email to verify it; its code verifies it, then signs in once", async () => {
    const rendered = renderWith({ username: "una", email: "una@example.com", contactVerified: false });
    await signIn(rendered, "una");
    await screen.findByRole("heading", { name: "Keep your account recoverable" });
    const field = await screen.findByLabelText("Email");
    expect(field).toHaveValue("una@example.com");
    await waitFor(() => expect(field).toHaveFocus());
    // The tokens wait for the check.
    expect(rendered.signedIn).toHaveLength(0);
    await rendered.user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "Confirm your email" });
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await rendered.user.keyboard("000000{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again."),
    );
    await rendered.user.clear(screen.getByLabelText("Code"));
    await rendered.user.keyboard(`${rendered.fake.lastCode("una")}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
    expect(rendered.signedIn).toHaveLength(1);
    expect(await attributesOf(rendered)).toMatchObject({ email_verified: "true" });
    const operations = rendered.fake.calls.map((call) => call.operation);
    expect(operations.filter((operation) => operation === "VerifyUserAttribute")).toHaveLength(2);
    expect(operations).not.toContain("UpdateUserAttributes");
  });

  it('"Not now" by keyboard signs in without verifying', async () => {
    const rendered = renderWith({ username: "una", email: "una@example.com", contactVerified: false });
    await signIn(rendered, "una");
    await screen.findByRole("heading", { name: "Keep your account recoverable" });
    await rendered.user.click(screen.getByRole("button", { name: "Not now" }));
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
    expect(rendered.signedIn).toHaveLength(1);
    expect(await attributesOf(rendered)).toMatchObject({ email_verified: "false" });
  });

  it("a corrected email is changed, then verified", async () => {
    const rendered = renderWith({ username: "una", email: "una@exmaple.com", contactVerified: false });
    await signIn(rendered, "una");
    const field = await screen.findByLabelText("Email");
    await waitFor(() => expect(field).toHaveFocus());
    await rendered.user.clear(field);
    await rendered.user.keyboard("not-an-email{Enter}");
    expect(field).toHaveAccessibleDescription("Enter an email like name@example.com.");
    await rendered.user.clear(field);
    await rendered.user.keyboard("una@example.com{Enter}");
    await screen.findByRole("heading", { name: "Confirm your email" });
    await rendered.user.type(screen.getByLabelText("Code"), `${rendered.fake.lastCode("una")}{Enter}`);
    await screen.findByText("You are signed in.");
    expect(await attributesOf(rendered)).toMatchObject({ email: "una@example.com", email_verified: "true" });
    expect(rendered.fake.calls.map((call) => call.operation)).toContain("UpdateUserAttributes");
  });

  it("offers the phone number where the user switches to it", async () => {
    const rendered = renderWith(
      { username: "pat", phone: "+447700900123", contactVerified: false },
      { checkContact: contactCheck({ defaultCountry: "GB" }) },
    );
    await signIn(rendered, "pat");
    await screen.findByRole("heading", { name: "Keep your account recoverable" });
    // No email: the phone number it has comes first.
    await rendered.user.click(await screen.findByRole("button", { name: "Use an email instead" }));
    expect(await screen.findByLabelText("Email")).toHaveValue("");
    await rendered.user.click(screen.getByRole("button", { name: "Use a phone number instead" }));
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Phone number" })).toHaveFocus());
    await rendered.user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "Confirm your phone number" });
    await rendered.user.type(screen.getByLabelText("Code"), `${rendered.fake.lastCode("pat")}{Enter}`);
    await screen.findByText("You are signed in.");
    expect(await attributesOf(rendered)).toMatchObject({ phone_number_verified: "true" });
  });

  it("never asks a user with a verified email, and makes no call for it", async () => {
    const rendered = renderWith({ username: "val", email: "val@example.com" });
    await signIn(rendered, "val");
    await screen.findByText("You are signed in.");
    expect(screen.queryByRole("heading", { name: "Keep your account recoverable" })).toBeNull();
    const operations = rendered.fake.calls.map((call) => call.operation);
    expect(operations).toEqual(["InitiateAuth"]);
  });

  it("comes before the passkey offer, which follows it", async () => {
    const rendered = renderWith(
      { username: "una", email: "una@example.com", contactVerified: false },
      { offerPasskey: passkeyOffer({ credentials: await softCredentials() }) },
    );
    await signIn(rendered, "una");
    await screen.findByRole("heading", { name: "Keep your account recoverable" });
    await rendered.user.click(screen.getByRole("button", { name: "Not now" }));
    await screen.findByRole("heading", { name: "Sign in faster next time" });
    expect(rendered.signedIn).toHaveLength(0);
    await rendered.user.click(screen.getByRole("button", { name: "Not now" }));
    await screen.findByText("You are signed in.");
    expect(rendered.signedIn).toHaveLength(1);
  });

  it("keeps the code and the held tokens out of React state and React Query's cache", async () => {
    const fake = createFakeCognito({
      users: [{ username: "una", password: PASSWORD, email: "una@example.com", contactVerified: false }],
    });
    const queryClient = new QueryClient();
    const signedIn: AuthenticationResult[] = [];
    const view = render(
      <QueryClientProvider client={queryClient}>
        <SignIn
          clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
          preferredChallenge="PASSWORD"
          checkContact={contactCheck()}
          onSignedIn={(tokens) => signedIn.push(tokens)}
        />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Username or email"), "una{Enter}");
    await user.type(await screen.findByLabelText("Password"), `${PASSWORD}{Enter}`);
    // Once Cognito said what the user has: the email is there to send a code to.
    await screen.findByLabelText("Email");
    await user.click(screen.getByRole("button", { name: "Send a code" }));
    // On the code step, with a wrong code said: neither it nor any token (a JWT) is held by React.
    await user.type(await screen.findByLabelText("Code"), "000000{Enter}");
    await screen.findByRole("alert");
    const held = hookStateStrings(view.container);
    expect(held.filter((value) => value.includes("000000") || value.includes(PASSWORD))).toEqual([]);
    expect(held.filter((value) => value.includes("eyJ"))).toEqual([]);

    const code = fake.lastCode("una") ?? "";
    await user.clear(screen.getByLabelText("Code"));
    await user.type(screen.getByLabelText("Code"), `${code}{Enter}`);
    await screen.findByText("You are signed in.");
    const tokens = signedIn[0];
    if (!tokens?.refreshToken) throw new Error("not signed in");
    const cache = JSON.stringify([
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
    ]);
    for (const secret of [
      code,
      "000000",
      PASSWORD,
      tokens.accessToken,
      tokens.refreshToken,
      tokens.idToken ?? "",
    ])
      expect(cache).not.toContain(secret);
  });
});

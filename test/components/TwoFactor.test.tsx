/**
 * <TwoFactor> against the fake, by keyboard: the authenticator app set up from the section (its QR
 * code's secret, the first code) is on and preferred, so the next sign-in asks for it; text messages
 * turned on beside it and made preferred; a method without a destination offers nothing to turn on;
 * where MFA is required the last method stays on; a refusal is said with the list kept.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TwoFactor } from "../../src/components/TwoFactor";
import { createCognitoClient } from "../../src/core/client/client";
import { createSignIn } from "../../src/core/signIn/store";
import type { FakeUser } from "../../src/testing/index";
import { createFakeCognito } from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";

async function setUp(user: Partial<FakeUser> = {}) {
  const fake = createFakeCognito({
    pool: { mfa: "OPTIONAL" },
    users: [{ username: "ada", password: PASSWORD, email: "ada@example.com", ...user }],
  });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
  const client = createCognitoClient(clientOptions);
  const signIn = () =>
    client.initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "ada", PASSWORD } });
  // Signed in as <SignIn> would, through the second step the user already has.
  let accessToken = "";
  const store = createSignIn({ client, onSignedIn: (tokens) => (accessToken = tokens.accessToken) });
  await store.start("ada", { password: PASSWORD });
  const challenge = store.getState().challenge?.name;
  if (challenge === "SOFTWARE_TOKEN_MFA") await store.answer({ code: (await fake.totpCode("ada")) ?? "" });
  if (challenge === "EMAIL_OTP") await store.answer({ code: fake.lastCode("ada") ?? "" });
  if (!accessToken) throw new Error("not signed in");
  return { fake, clientOptions, signIn, accessToken, user: userEvent.setup() };
}

const item = (name: string) => {
  const found = screen.getAllByRole("listitem").find((li) => li.textContent?.startsWith(name));
  if (!found) throw new Error(`no item ${name}`);
  return found;
};

describe("<TwoFactor>", () => {
  it("sets up the authenticator app by keyboard: on and preferred, the next sign-in asks for it", async () => {
    const t = await setUp();
    render(<TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} totpIssuer="Acme" />);
    expect(await screen.findByText("No second step is on yet.")).toBeTruthy();
    expect(within(item("Authenticator app")).getByText(/^Off/)).toBeTruthy();
    await t.user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Set up Authenticator app" }));
    await t.user.keyboard("{Enter}");
    const code = await screen.findByLabelText(/code/i, { selector: "input" });
    await waitFor(() => expect(t.fake.totpSecret("ada")).toBeDefined());
    await t.user.type(code, (await t.fake.totpCode("ada")) ?? "");
    await t.user.keyboard("{Enter}");
    expect(await screen.findByText("Your authenticator app is on and asked at sign-in.")).toBeTruthy();
    await waitFor(() => expect(within(item("Authenticator app")).getByText(/^On/)).toBeTruthy());
    expect(t.fake.user("ada")?.mfa).toMatchObject({ totpEnabled: true, preferred: "SOFTWARE_TOKEN_MFA" });
    expect((await t.signIn()).challengeName).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("turns email on beside the app and makes it preferred: the next sign-in asks for email", async () => {
    const t = await setUp({ mfa: { totpSecret: "JBSWY3DPEHPK3PXP", preferred: "SOFTWARE_TOKEN_MFA" } });
    render(<TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} />);
    const turnOn = await screen.findByRole("button", { name: "Turn on Email" });
    await t.user.click(turnOn);
    expect(await screen.findByRole("button", { name: "Make preferred: Email" })).toBeTruthy();
    expect(
      within(item("Authenticator app")).getByText("On, asked at sign-in · Codes from an app on your phone"),
    ).toBeTruthy();
    // Said once the change is read back, a moment after the list shows it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Saved."));
    await t.user.click(screen.getByRole("button", { name: "Make preferred: Email" }));
    await waitFor(() => expect(within(item("Email")).getByText(/asked at sign-in/)).toBeTruthy());
    expect((await t.signIn()).challengeName).toBe("EMAIL_OTP");
  });

  it("offers no text messages without a phone, and keeps the last method on where MFA is required", async () => {
    // Signed in before the pool's rule matters: `required` is what the section is told.
    const t = await setUp({ mfa: { email: true } });
    render(<TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} required />);
    await screen.findByText("Add a phone number first", { exact: false });
    expect(within(item("Text message")).queryByRole("button")).toBeNull();
    expect(within(item("Email")).queryByRole("button", { name: /Turn off/ })).toBeNull();
    expect(within(item("Email")).getByText(/Turn another on before turning this one off/)).toBeTruthy();
  });

  it("says a refusal and keeps the list: turning on again works", async () => {
    const t = await setUp();
    render(<TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} />);
    const turnOn = await screen.findByRole("button", { name: "Turn on Email" });
    t.fake.failNext("SetUserMFAPreference", { networkFailure: true });
    await t.user.click(turnOn);
    expect(await screen.findByRole("alert")).toBeTruthy();
    await t.user.click(screen.getByRole("button", { name: "Turn on Email" }));
    await waitFor(() => expect(within(item("Email")).getByText(/^On/)).toBeTruthy());
    expect(t.fake.user("ada")?.mfa?.email).toBe(true);
  });

  it("with `passkeys`, lets a user with a passkey count it as the second step once another method is on", async () => {
    const t = await setUp({ passkeys: [{ credentialId: "cred-1" }] });
    render(<TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} passkeys />);
    // Cognito requires another method on first: no way to turn it on yet.
    await waitFor(() =>
      expect(within(item("Passkey")).getByText("Turn on another method first")).toBeTruthy(),
    );
    expect(within(item("Passkey")).queryByRole("button", { name: "Turn on Passkey" })).toBeNull();
    await t.user.click(screen.getByRole("button", { name: "Turn on Email" }));
    await waitFor(() => expect(within(item("Email")).getByText(/^On/)).toBeTruthy());
    // Cognito never says whether it is on: both ways, and neither said, until it is set here.
    expect(within(item("Passkey")).getByText("Signing in with a passkey counts as both steps")).toBeTruthy();
    expect(within(item("Passkey")).getByRole("button", { name: "Turn off Passkey" })).toBeTruthy();
    await t.user.click(within(item("Passkey")).getByRole("button", { name: "Turn on Passkey" }));
    await waitFor(() => expect(within(item("Passkey")).getByText(/^On · /)).toBeTruthy());
    expect(t.fake.user("ada")?.mfa?.webAuthn).toBe(true);
    await t.user.click(within(item("Passkey")).getByRole("button", { name: "Turn off Passkey" }));
    await waitFor(() => expect(within(item("Passkey")).getByText(/^Off · /)).toBeTruthy());
    expect(t.fake.user("ada")?.mfa?.webAuthn).toBe(false);
  });

  it("shows no passkey row without `passkeys`, nor for a user with no passkey", async () => {
    const t = await setUp();
    render(<TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} passkeys />);
    await screen.findByText("No second step is on yet.");
    expect(screen.queryByText("Passkey")).toBeNull();
    const withPasskey = await setUp({ passkeys: [{ credentialId: "cred-1" }] });
    render(<TwoFactor clientOptions={withPasskey.clientOptions} accessToken={withPasskey.accessToken} />);
    await waitFor(() => expect(screen.getAllByText("No second step is on yet.")).toHaveLength(2));
    expect(screen.queryByText("Passkey")).toBeNull();
    expect(withPasskey.fake.calls.map((call) => call.operation)).not.toContain("GetUserAuthFactors");
  });
});

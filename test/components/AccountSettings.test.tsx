/**
 * <AccountSettings> against the fake, one page with every section (each view loaded on demand), by
 * keyboard where it matters: a new email confirmed by code with the old one in use until then; a new
 * password (the old one refused after); the authenticator app set up and preferred (the next sign-in
 * asks for it); a remembered device forgotten; another session signed out (its refresh fails); the
 * account deleted (signed out, and no sign-in after). Past the fresh sign-in's window, each change asks
 * for the user's password first; within it, none does.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AccountSettings } from "../../src/components/AccountSettings";
import { createCognitoClient } from "../../src/core/client/client";
import { getTokensFromRefreshToken, getUser } from "../../src/core/session/operations";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import { createSignIn } from "../../src/core/signIn/store";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakePool } from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";
const MINUTE = 60_000;

async function setUp(pool: FakePool = {}) {
  let now = Date.UTC(2026, 11, 7, 12, 0, 0);
  const fake = createFakeCognito({
    pool: { mfa: "OPTIONAL", verifyBeforeUpdate: ["email"], sessionTracking: true, ...pool },
    users: [{ username: "ada", password: PASSWORD, email: "ada@example.com" }],
    clock: () => now,
  });
  const clientOptions = {
    clientId: fake.clientId,
    userPoolId: fake.userPoolId,
    endpoint: "http://fake.test/",
    fetch: fake,
  };
  const client = createCognitoClient(clientOptions);
  const deviceStore = memoryDeviceStore();
  /** A sign-in as <SignIn> would make it, through whatever second step the user has. */
  const signIn = async (password = PASSWORD) => {
    const signedIn: AuthenticationResult[] = [];
    const store = createSignIn({
      client,
      deviceStore,
      deviceName: "Ada's laptop",
      onSignedIn: (tokens) => signedIn.push(tokens),
    });
    await store.start("ada", { password, preferredChallenge: "PASSWORD" });
    if (store.getState().challenge?.name === "SOFTWARE_TOKEN_MFA")
      await store.answer({ code: (await fake.totpCode("ada")) ?? "" });
    if (store.getState().status === "rememberDevice") await store.rememberDevice(true);
    return { tokens: signedIn[0], store };
  };
  const first = (await signIn()).tokens as AuthenticationResult & { refreshToken: string };
  const page = (freshSignIn?: { maxAge: number }) =>
    render(
      <AccountSettings
        clientOptions={clientOptions}
        accessToken={first.accessToken}
        freshSignIn={freshSignIn ? { ...freshSignIn, now: () => now } : false}
      />,
    );
  return {
    fake,
    client,
    signIn,
    first,
    page,
    advance: (ms: number) => {
      now += ms;
    },
    user: userEvent.setup(),
  };
}

/** A section's card, by its title, once its view has loaded. */
async function card(title: string) {
  const heading = await screen.findByRole("heading", { name: title }, { timeout: 5000 });
  return heading.closest('[data-slot="root"]') as HTMLElement;
}

describe("<AccountSettings>", () => {
  it("shows every section, each in its own card, the views loaded on demand", async () => {
    const t = await setUp();
    t.page();
    for (const title of [
      "Email and phone",
      "Password",
      "Two-step verification",
      "Devices and sessions",
      "Delete your account",
    ])
      expect(await card(title)).toBeVisible();
    expect(document.querySelectorAll('[data-slot="account-settings"] > [data-slot="root"]')).toHaveLength(5);
  });

  it("changes the email: a code to the new one, the old one in use until it is entered", async () => {
    const t = await setUp();
    t.page();
    const contacts = await card("Email and phone");
    await t.user.click(await within(contacts).findByRole("button", { name: "Change Email" }));
    await t.user.type(await screen.findByLabelText("New email"), "ada@new.example{Enter}");
    await screen.findByRole("heading", { name: "Confirm your email" });
    const accessToken = t.first.accessToken;
    expect((await getUser(t.client, { accessToken })).userAttributes.email).toBe("ada@example.com");
    await t.user.type(screen.getByLabelText("Code"), `${t.fake.lastCode("ada")}{Enter}`);
    expect(await screen.findByText("Verified.")).toBeVisible();
    expect((await getUser(t.client, { accessToken })).userAttributes).toMatchObject({
      email: "ada@new.example",
      email_verified: "true",
    });
  });

  it("changes the password: the old one is refused after", async () => {
    const t = await setUp();
    t.page();
    const password = await card("Password");
    await t.user.type(within(password).getByLabelText("Current password"), PASSWORD);
    await t.user.type(within(password).getByLabelText("New password"), "Brand-New-Pass-2{Enter}");
    expect(await screen.findByText(/Your password has been changed/)).toBeVisible();
    await expect(
      t.client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "ada", PASSWORD },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
    expect((await t.signIn("Brand-New-Pass-2")).tokens).toBeDefined();
  });

  it("sets up the authenticator app, preferred: the next sign-in asks for it", async () => {
    const t = await setUp();
    t.page();
    const twoFactor = await card("Two-step verification");
    await t.user.click(await within(twoFactor).findByRole("button", { name: "Set up Authenticator app" }));
    const code = await screen.findByLabelText(/code/i, { selector: "input" });
    await waitFor(() => expect(t.fake.totpSecret("ada")).toBeDefined());
    await t.user.type(code, `${(await t.fake.totpCode("ada")) ?? ""}{Enter}`);
    expect(await screen.findByText("Your authenticator app is on and asked at sign-in.")).toBeVisible();
    const next = createSignIn({ client: t.client });
    await next.start("ada", { password: PASSWORD, preferredChallenge: "PASSWORD" });
    expect(next.getState().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("forgets a remembered device, and signs another session out: its refresh fails", async () => {
    const t = await setUp({ deviceTracking: "ALWAYS" });
    // Another sign-in, elsewhere: a session of its own.
    const other = (
      await t.client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "ada", PASSWORD },
      })
    ).authenticationResult as AuthenticationResult & { refreshToken: string };
    t.page();
    const devices = await card("Devices and sessions");
    await t.user.click(await within(devices).findByRole("button", { name: /^Forget / }));
    expect(await within(devices).findByText("Device forgotten.")).toBeVisible();
    await waitFor(() => expect(within(devices).getByText("No remembered devices.")).toBeVisible());
    const signOuts = await within(devices).findAllByRole("button", { name: /^Sign out / });
    await t.user.click(signOuts[0] as HTMLElement);
    expect(await within(devices).findByText("Signed out.")).toBeVisible();
    await expect(
      getTokensFromRefreshToken(t.client, { refreshToken: other.refreshToken }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
    await expect(
      getTokensFromRefreshToken(t.client, { refreshToken: t.first.refreshToken }),
    ).resolves.toBeDefined();
  });

  it("deletes the account: the user cannot sign in after", async () => {
    const t = await setUp();
    t.page();
    const deletion = await card("Delete your account");
    await t.user.type(within(deletion).getByLabelText("Type delete to confirm"), "delete{Enter}");
    expect(await screen.findByText("Your account has been deleted.")).toBeVisible();
    await expect(
      t.client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "ada", PASSWORD },
      }),
    ).rejects.toMatchObject({ name: expect.stringMatching(/NotAuthorized|UserNotFound/) });
  });

  it("asks for a fresh sign-in past the window, and not within it", async () => {
    const t = await setUp();
    t.page({ maxAge: 300 });
    const twoFactor = await card("Two-step verification");
    t.advance(4 * MINUTE);
    await t.user.click(await within(twoFactor).findByRole("button", { name: "Turn on Email" }));
    await waitFor(() => expect(t.fake.user("ada")?.mfa?.email).toBe(true));
    expect(screen.queryByRole("heading", { name: "Confirm it's you" })).toBeNull();

    t.advance(2 * MINUTE);
    await t.user.click(within(twoFactor).getByRole("button", { name: "Turn off Email" }));
    expect(await screen.findByRole("heading", { name: "Confirm it's you" })).toBeVisible();
    expect(twoFactor).not.toBeVisible();
    expect(t.fake.user("ada")?.mfa?.email).toBe(true);
    const choose = await screen.findByRole("button", { name: /^Password$|^Sign in$/ });
    if (choose.textContent === "Password") await t.user.click(choose);
    await t.user.type(await screen.findByLabelText("Password", { selector: "input" }), `${PASSWORD}{Enter}`);
    // Email is on: the fresh sign-in asks for its code too, as any sign-in would.
    const code = await screen.findByLabelText(/code/i, { selector: "input" });
    await t.user.type(code, `${t.fake.lastCode("ada")}{Enter}`);
    await waitFor(() => expect(t.fake.user("ada")?.mfa?.email).toBe(false));
    expect(twoFactor).toBeVisible();
  });
});

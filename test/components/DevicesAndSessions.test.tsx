/**
 * <DevicesAndSessions> against the fake, by keyboard: the remembered device listed and forgotten (MFA is
 * asked there again); where the pool tracks sessions, each sign-in listed with this one marked, another
 * signed out (its refresh then fails), and "Sign out everywhere else"; without tracking, no sessions.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DevicesAndSessions } from "../../src/components/DevicesAndSessions";
import { createCognitoClient } from "../../src/core/client/client";
import { getTokensFromRefreshToken } from "../../src/core/session/operations";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import { createSignIn } from "../../src/core/signIn/store";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakePool } from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";

function setUp(pool: FakePool) {
  const fake = createFakeCognito({
    pool: { mfa: "ON", deviceTracking: "ALWAYS", ...pool },
    users: [{ username: "rita", password: PASSWORD, mfa: { totpSecret: "JBSWY3DPEHPK3PXP" } }],
  });
  const clientOptions = {
    clientId: fake.clientId,
    userPoolId: fake.userPoolId,
    endpoint: "http://fake.test/",
    fetch: fake,
  };
  const client = createCognitoClient(clientOptions);
  const deviceStore = memoryDeviceStore();
  /** A sign-in that remembers this device, as <SignIn deviceStore> would. */
  const signIn = async () => {
    const signedIn: AuthenticationResult[] = [];
    const store = createSignIn({
      client,
      srp: true,
      deviceStore,
      deviceName: "Rita's laptop",
      onSignedIn: (tokens) => signedIn.push(tokens),
    });
    await store.start("rita", { password: PASSWORD });
    if (store.getState().challenge?.name === "SOFTWARE_TOKEN_MFA")
      await store.answer({ code: (await fake.totpCode("rita")) ?? "" });
    if (store.getState().status === "rememberDevice") await store.rememberDevice(true);
    const tokens = signedIn[0];
    if (!tokens?.refreshToken) throw new Error("expected tokens");
    return { ...tokens, refreshToken: tokens.refreshToken, store };
  };
  return { fake, client, clientOptions, signIn, user: userEvent.setup() };
}

describe("<DevicesAndSessions>", () => {
  it("forgets the remembered device by keyboard: the next sign-in there asks for the code again", async () => {
    const t = setUp({});
    const { accessToken } = await t.signIn();
    render(<DevicesAndSessions clientOptions={t.clientOptions} accessToken={accessToken} />);
    const forget = await screen.findByRole("button", { name: "Forget \u2068Rita's laptop\u2069" });
    // No sessions part where the pool does not track them.
    expect(screen.queryByText("Where you are signed in")).toBeNull();
    forget.focus();
    await t.user.keyboard("{Enter}");
    expect(await screen.findByText("Device forgotten.")).toHaveAttribute("role", "status");
    expect(screen.getByText("No remembered devices.")).toBeVisible();
    const next = createSignIn({ client: t.client, srp: true });
    await next.start("rita", { password: PASSWORD });
    expect(next.getState().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("lists the sessions, this one marked; signs another out, then every other one", async () => {
    const t = setUp({ sessionTracking: true });
    const here = await t.signIn();
    const second = await t.signIn();
    const third = await t.signIn();
    render(<DevicesAndSessions clientOptions={t.clientOptions} accessToken={here.accessToken} />);
    await screen.findByText("Where you are signed in");
    const items = () => within(screen.getAllByRole("list")[1] as HTMLElement).getAllByRole("listitem");
    expect(items()).toHaveLength(3);
    expect(items().filter((item) => within(item).queryByText("This device"))).toHaveLength(1);

    const another = () => items().find((item) => !within(item).queryByText("This device")) as HTMLElement;
    await t.user.click(within(another()).getByRole("button", { name: /Sign out/ }));
    expect(await screen.findByText("Signed out.")).toBeVisible();
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.queryByRole("button", { name: "Sign out everywhere else" })).toBeNull();
    // With one other session left, "everywhere else" is that one's own "Sign out".
    await t.user.click(within(another()).getByRole("button", { name: /Sign out/ }));
    await waitFor(() => expect(items()).toHaveLength(1));
    for (const other of [second, third])
      await expect(
        getTokensFromRefreshToken(t.client, { refreshToken: other.refreshToken }),
      ).rejects.toMatchObject({
        name: "NotAuthorizedException",
      });
    await expect(
      getTokensFromRefreshToken(t.client, { refreshToken: here.refreshToken }),
    ).resolves.toBeDefined();
  });

  it('"Sign out everywhere else" signs out every other session at once', async () => {
    const t = setUp({ sessionTracking: true });
    const here = await t.signIn();
    const others = [await t.signIn(), await t.signIn()];
    render(<DevicesAndSessions clientOptions={t.clientOptions} accessToken={here.accessToken} />);
    await t.user.click(await screen.findByRole("button", { name: "Sign out everywhere else" }));
    expect(await screen.findByText("Signed out.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Sign out everywhere else" })).toBeNull();
    for (const other of others)
      await expect(
        getTokensFromRefreshToken(t.client, { refreshToken: other.refreshToken }),
      ).rejects.toMatchObject({
        name: "NotAuthorizedException",
      });
  });
});

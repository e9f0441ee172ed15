/**
 * <ChangePassword> against the fake, by keyboard: a wrong current password said on its field, the pool's
 * rules checked before sending, then the new password Cognito's (the old one refused at sign-in); a
 * passwordless user sets a first one. No password in React's state or React Query's cache.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChangePassword } from "../../src/components/ChangePassword";
import { createCognitoClient } from "../../src/core/client/client";
import { getTokensFromRefreshToken } from "../../src/core/session/operations";
import { createFakeCognito, type FakeUser } from "../../src/testing/index";
import { hookStateStrings } from "../support/reactState";

const PASSWORD = "Correct-Horse-1";
const NEW_PASSWORD = "Brand-New-Pass-4";

async function renderSection(
  user: FakeUser = { username: "ada", password: PASSWORD, email: "ada@example.com" },
) {
  const fake = createFakeCognito({ users: [user], pool: { firstFactors: ["PASSWORD", "EMAIL_OTP"] } });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
  const client = createCognitoClient(clientOptions);
  let accessToken: string;
  if (user.password) {
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: user.username, PASSWORD: user.password },
    });
    accessToken = answer.authenticationResult?.accessToken ?? "";
  } else {
    const started = await client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: user.username, PREFERRED_CHALLENGE: "EMAIL_OTP" },
    });
    const done = await client.respondToAuthChallenge({
      challengeName: "EMAIL_OTP",
      session: started.session ?? "",
      challengeResponses: { USERNAME: user.username, EMAIL_OTP_CODE: fake.lastCode(user.username) ?? "" },
    });
    accessToken = done.authenticationResult?.accessToken ?? "";
  }
  const queryClient = new QueryClient();
  const changed: unknown[] = [];
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ChangePassword
        clientOptions={clientOptions}
        accessToken={accessToken}
        passwordPolicy={{ minLength: 10, requireNumbers: true }}
        onChanged={() => changed.push(true)}
      />
    </QueryClientProvider>,
  );
  const cacheText = () =>
    JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    );
  const signIn = (password: string) =>
    client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: user.username, PASSWORD: password },
    });
  return { fake, view, changed, cacheText, signIn, keyboard: userEvent.setup() };
}

describe("<ChangePassword>", () => {
  it("by keyboard: a wrong current password on its field, then changed; the old one no longer signs in", async () => {
    const t = await renderSection();
    const current = await screen.findByLabelText("Current password");
    // An account page: nothing takes focus by itself.
    expect(current).not.toHaveFocus();
    await t.keyboard.click(current);
    await t.keyboard.keyboard("Wrong-Horse-1");
    await t.keyboard.tab();
    await t.keyboard.tab();
    expect(screen.getByLabelText("New password")).toHaveFocus();
    await t.keyboard.keyboard(`${NEW_PASSWORD}{Enter}`);
    // Said on the field, which takes focus so that the error is read.
    await waitFor(() => expect(screen.getByLabelText("Current password")).toHaveFocus());
    expect(screen.getByLabelText("Current password")).toHaveAccessibleDescription(
      /That is not your current password\./,
    );
    expect(t.changed).toEqual([]);

    await t.keyboard.clear(screen.getByLabelText("Current password"));
    await t.keyboard.type(screen.getByLabelText("Current password"), `${PASSWORD}{Enter}`);
    expect(await screen.findByText(/Your password has been changed\./)).toHaveAttribute("role", "alert");
    expect(t.changed).toEqual([true]);
    await expect(t.signIn(PASSWORD)).rejects.toMatchObject({ name: "NotAuthorizedException" });
    await expect(t.signIn(NEW_PASSWORD)).resolves.toHaveProperty("authenticationResult.accessToken");

    const held = hookStateStrings(t.view.container).join("\n");
    for (const secret of [PASSWORD, NEW_PASSWORD, "Wrong-Horse-1"]) {
      expect(held).not.toContain(secret);
      expect(t.cacheText()).not.toContain(secret);
    }
  });

  it("checks the pool's rules before sending: nothing goes out for a password that breaks one", async () => {
    const t = await renderSection();
    await t.keyboard.type(await screen.findByLabelText("Current password"), PASSWORD);
    await t.keyboard.type(screen.getByLabelText("New password"), "short{Enter}");
    expect(await screen.findByText("The password does not meet all the rules yet.")).toBeVisible();
    expect(screen.getByText("at least 10 characters").closest("li")).toHaveAttribute("data-state", "unmet");
    expect(t.fake.calls.map((call) => call.operation)).not.toContain("ChangePassword");
  });

  it("a passwordless user sets a first password, without a current one", async () => {
    const t = await renderSection({ username: "otto", email: "otto@example.com" });
    expect(
      await screen.findByText("You sign in without a password. Set one to sign in with it as well."),
    ).toBeVisible();
    expect(screen.queryByLabelText("Current password")).toBeNull();
    await t.keyboard.type(screen.getByLabelText("New password"), `${NEW_PASSWORD}{Enter}`);
    expect(await screen.findByText(/Your password has been changed\./)).toBeVisible();
    await expect(t.signIn(NEW_PASSWORD)).resolves.toHaveProperty("authenticationResult.accessToken");
  });
});

describe("<ChangePassword> afterwards", () => {
  it("offers to sign out the other sessions, which then cannot refresh; this one can", async () => {
    const fake = createFakeCognito({
      users: [{ username: "ada", password: PASSWORD }],
      pool: { sessionTracking: true },
    });
    const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
    const client = createCognitoClient(clientOptions);
    const signIn = async () =>
      (
        await client.initiateAuth({
          authFlow: "USER_PASSWORD_AUTH",
          authParameters: { USERNAME: "ada", PASSWORD },
        })
      ).authenticationResult;
    const elsewhere = [await signIn(), await signIn()];
    const here = await signIn();
    render(<ChangePassword clientOptions={clientOptions} accessToken={here?.accessToken ?? ""} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Current password"), PASSWORD);
    await user.type(screen.getByLabelText("New password"), `${NEW_PASSWORD}{Enter}`);
    expect(
      await screen.findByText(
        "Your password has been changed. Use it the next time you sign in. You are still signed in on 2 other devices or browsers.",
      ),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Sign out everywhere else" }));
    expect(await screen.findByText("Signed out everywhere else.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Sign out everywhere else" })).toBeNull();
    for (const tokens of elsewhere)
      await expect(
        getTokensFromRefreshToken(client, { refreshToken: tokens?.refreshToken ?? "" }),
      ).rejects.toMatchObject({ name: "NotAuthorizedException" });
    await expect(
      getTokensFromRefreshToken(client, { refreshToken: here?.refreshToken ?? "" }),
    ).resolves.toBeDefined();
  });

  it("offers nothing where the pool does not track sessions", async () => {
    const t = await renderSection();
    await t.keyboard.type(await screen.findByLabelText("Current password"), PASSWORD);
    await t.keyboard.type(screen.getByLabelText("New password"), `${NEW_PASSWORD}{Enter}`);
    expect(
      await screen.findByText("Your password has been changed. Use it the next time you sign in."),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Sign out everywhere else" })).toBeNull();
  });
});

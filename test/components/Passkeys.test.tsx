/**
 * <Passkeys> on an account page, against the fake, by keyboard: none yet, one added (a software
 * authenticator standing in for the browser's), removed after its question with the browser told, and
 * the last way to sign in refused with the reason.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Passkeys } from "../../src/components/Passkeys";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakeUser } from "../../src/testing/index";
import { softAuthenticator, softCredentials } from "../support/softAuthenticator";

const PASSWORD = "Correct-Horse-1";

const creator = softCredentials;

async function renderPasskeys(user: FakeUser) {
  const fake = createFakeCognito({ users: [user], pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] } });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
  const tokens = await createCognitoClient(clientOptions).initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: user.username, PASSWORD },
  });
  const told: unknown[] = [];
  render(
    <Passkeys
      clientOptions={clientOptions}
      accessToken={tokens.authenticationResult?.accessToken ?? ""}
      credentials={await creator()}
      signals={{ signalUnknownCredential: async (options) => void told.push(options) }}
    />,
  );
  return { fake, told, user: userEvent.setup() };
}

describe("<Passkeys>", () => {
  it("adds one, then removes it after its question, telling the browser", async () => {
    const t = await renderPasskeys({ username: "pia", password: PASSWORD });
    expect(screen.getByRole("heading", { name: "Passkeys" })).toBeVisible();
    expect(await screen.findByText("You have no passkeys yet.")).toBeVisible();
    await t.user.click(screen.getByRole("button", { name: "Add a passkey" }));
    expect(await screen.findByText("Passkey added.")).toHaveAttribute("role", "status");
    const item = (await screen.findByText("\u2068Passkey\u2069")).closest("li") as HTMLElement;
    expect(within(item).getByText(/^Added .* · on this device$/)).toBeVisible();
    expect(t.fake.user("pia")?.passkeys).toHaveLength(1);

    // By keyboard: the question takes focus on its safe answer; "Keep it" goes back.
    within(item)
      .getByRole("button", { name: /Remove/ })
      .focus();
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(within(item).getByRole("button", { name: "Keep it" })).toHaveFocus());
    expect(within(item).getByRole("group")).toHaveAccessibleName(/Remove .*Passkey.*\? You will no longer/);
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(within(item).getByRole("button", { name: /Remove/ })).toHaveFocus());
    await t.user.keyboard("{Enter}");
    await t.user.click(within(item).getByRole("button", { name: "Remove" }));
    expect(await screen.findByText("You have no passkeys yet.")).toBeVisible();
    expect(t.fake.user("pia")?.passkeys).toEqual([]);
    expect(t.told).toEqual([{ rpId: "localhost", credentialId: expect.any(String) }]);
    await waitFor(() => expect(screen.getByRole("button", { name: "Add a passkey" })).toHaveFocus());
  });

  it("refuses to remove the last way to sign in, and says why", async () => {
    const key = await softAuthenticator();
    const t = await renderPasskeys({
      username: "pax",
      password: PASSWORD,
      firstFactors: ["WEB_AUTHN"],
      passkeys: [{ credentialId: key.id, publicKeyJwk: key.publicKeyJwk }],
    });
    const item = (await screen.findByText("\u2068Passkey\u2069")).closest("li") as HTMLElement;
    await t.user.click(within(item).getByRole("button", { name: /Remove/ }));
    await t.user.click(within(item).getByRole("button", { name: "Remove" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "This passkey is your only way to sign in. Add another way before you remove it.",
      ),
    );
    expect(t.fake.user("pax")?.passkeys).toHaveLength(1);
  });
});

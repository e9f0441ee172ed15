/** <TotpSetup> for a signed-in user, against the fake: as a person adds an authenticator app. */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TotpSetup } from "../../src/components/TotpSetup";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, generateTotp } from "../../src/testing/index";
import { withVerifyStatusError } from "../support/verifyStatusError";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";

async function signedIn() {
  const fake = createFakeCognito({
    users: [{ username: "ada", password: PASSWORD }],
    pool: { mfa: "OPTIONAL" },
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signIn = () =>
    client.initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "ada", PASSWORD } });
  const accessToken = (await signIn()).authenticationResult?.accessToken ?? "";
  return { fake, client, accessToken, signIn };
}

/** What a person does: read the key shown under "Can't scan it?" into their app. */
async function keyShown(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Can't scan it?" }));
  return (screen.getByText("Setup key").nextElementSibling?.textContent ?? "").replace(/\s/g, "");
}

describe("<TotpSetup>", () => {
  it("adds an authenticator app; the next sign-in asks for it", async () => {
    const { fake, client, accessToken, signIn } = await signedIn();
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(
      <TotpSetup
        client={client}
        accessToken={accessToken}
        accountName="ada@example.com"
        totpIssuer="Acme"
        onDone={onDone}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Set up an authenticator app" }));
    expect(
      await screen.findByRole("img", { name: "QR code for your authenticator app" }),
    ).toBeInTheDocument();
    const secret = await keyShown(user);
    expect(secret).toBe(fake.totpSecret("ada"));
    await user.type(screen.getByLabelText("Code from the app"), await generateTotp(secret, Date.now()));
    await user.type(screen.getByLabelText("Name for this authenticator (optional)"), "Ada's phone{Enter}");
    expect(await screen.findByText("Your authenticator app is added.")).toHaveAttribute("role", "status");
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(document.body.textContent).not.toContain(secret.slice(0, 8));
    expect(fake.user("ada")?.mfa).toMatchObject({ totpSecret: secret, totpDeviceName: "Ada's phone" });
    expect((await signIn()).challengeName).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("a wrong first code is announced and kept", async () => {
    const { client, accessToken } = await signedIn();
    const user = userEvent.setup();
    render(<TotpSetup client={client} accessToken={accessToken} accountName="ada" />);
    await user.click(screen.getByRole("button", { name: "Set up an authenticator app" }));
    const secret = await keyShown(user);
    const right = await generateTotp(secret, Date.now());
    const wrong = right === "000000" ? "111111" : "000000";
    await user.type(screen.getByLabelText("Code from the app"), `${wrong}{Enter}`);
    // The live region is always there; wait for the answer to fill it.
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "That code is not right. Check the time on your device and try again.",
      ),
    );
    expect(screen.getByLabelText("Code from the app")).toHaveValue(wrong);
  });

  it("Status ERROR from VerifySoftwareToken reads as a wrong code, not as done", async () => {
    const { fake, accessToken } = await signedIn();
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: withVerifyStatusError(fake),
    });
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<TotpSetup client={client} accessToken={accessToken} accountName="ada" onDone={onDone} />);
    await user.click(screen.getByRole("button", { name: "Set up an authenticator app" }));
    const code = await generateTotp(await keyShown(user), Date.now());
    await user.type(screen.getByLabelText("Code from the app"), `${code}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again."),
    );
    expect(screen.getByLabelText("Code from the app")).toHaveValue(code);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("an access token that is no longer valid says to sign in again", async () => {
    const { client } = await signedIn();
    const user = userEvent.setup();
    render(<TotpSetup client={client} accessToken="not-a-valid-token" accountName="ada" />);
    await user.click(screen.getByRole("button", { name: "Set up an authenticator app" }));
    expect(
      await screen.findByText("Your sign-in has expired. Sign in again, then add the app."),
    ).toBeInTheDocument();
  });
});

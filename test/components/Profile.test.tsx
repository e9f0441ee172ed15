/**
 * <Profile> against the fake: the attributes the app names, filled from Cognito; a change saved (only
 * what changed is sent); a required one left empty refused before sending; an attribute the app client
 * may not write refused by Cognito and said for the form; and the same section inside <AccountSettings>.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AccountSettings } from "../../src/components/AccountSettings";
import { Profile, type ProfileAttribute } from "../../src/components/Profile";
import { createCognitoClient } from "../../src/core/client/client";
import { getUser } from "../../src/core/session/operations";
import { createFakeCognito } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

const attributes: ProfileAttribute[] = [
  { name: "given_name", label: "First name", required: true, autoComplete: "given-name" },
  { name: "birthdate", label: "Birthday", type: "date" },
  { name: "custom:team", label: "Team" },
];

async function setUp(writableAttributes?: string[]) {
  const fake = createFakeCognito({
    pool: writableAttributes ? { writableAttributes } : {},
    users: [
      { username: "ada", password: PASSWORD, attributes: { given_name: "Ada", "custom:team": "Blue" } },
    ],
  });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
  const client = createCognitoClient(clientOptions);
  const accessToken =
    (
      await client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "ada", PASSWORD },
      })
    ).authenticationResult?.accessToken ?? "";
  const values = async () => (await getUser(client, { accessToken })).userAttributes;
  return { fake, clientOptions, accessToken, values, user: userEvent.setup() };
}

describe("<Profile>", () => {
  it("fills the fields from Cognito and saves only what changed", async () => {
    const t = await setUp();
    render(<Profile clientOptions={t.clientOptions} accessToken={t.accessToken} attributes={attributes} />);
    const first = await screen.findByLabelText("First name");
    expect(first).toHaveValue("Ada");
    expect(screen.getByLabelText("Team (optional)")).toHaveValue("Blue");
    await t.user.clear(first);
    await t.user.type(first, "Augusta");
    await t.user.type(screen.getByLabelText("Birthday (optional)"), "1815-12-10");
    await t.user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved.")).toBeVisible();
    expect(await t.values()).toMatchObject({
      given_name: "Augusta",
      birthdate: "1815-12-10",
      "custom:team": "Blue",
    });
    // Nothing changed since: nothing is sent.
    const calls = t.fake.calls.length;
    await t.user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Save" })).toBeEnabled());
    expect(t.fake.calls.slice(calls).map((call) => call.operation)).not.toContain("UpdateUserAttributes");
  });

  it("refuses an empty required attribute before sending", async () => {
    const t = await setUp();
    render(<Profile clientOptions={t.clientOptions} accessToken={t.accessToken} attributes={attributes} />);
    await t.user.clear(await screen.findByLabelText("First name"));
    await t.user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByLabelText("First name")).toHaveAccessibleDescription("Fill in First name.");
    expect(t.fake.calls.map((call) => call.operation)).not.toContain("UpdateUserAttributes");
  });

  it("says when the app client may not write an attribute, and changes nothing", async () => {
    const t = await setUp(["given_name"]);
    render(<Profile clientOptions={t.clientOptions} accessToken={t.accessToken} attributes={attributes} />);
    const team = await screen.findByLabelText("Team (optional)");
    await t.user.clear(team);
    await t.user.type(team, "Red{Enter}");
    expect(await screen.findByText("Some of these details cannot be changed here.")).toBeVisible();
    expect((await t.values())["custom:team"]).toBe("Blue");
  });

  it("is the first section of <AccountSettings> where the app names attributes", async () => {
    const t = await setUp();
    render(
      <AccountSettings
        clientOptions={t.clientOptions}
        accessToken={t.accessToken}
        profile={{ attributes }}
        freshSignIn={false}
      />,
    );
    expect(await screen.findByLabelText("First name", {}, { timeout: 5000 })).toHaveValue("Ada");
    const heading = screen.getByRole("heading", { name: "Profile" });
    const cards = document.querySelectorAll('[data-slot="account-settings"] > [data-slot="root"]');
    expect(cards[0]?.contains(heading)).toBe(true);
  });
});

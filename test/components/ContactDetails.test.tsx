/**
 * <ContactDetails> against the fake, by keyboard: a new email sent a code, the old one in use until it
 * is confirmed (where the pool verifies before updating), a wrong code said, a new code sent, then
 * verified; an unverified phone verified by "Verify"; a malformed email refused before sending.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ContactDetails } from "../../src/components/ContactDetails";
import { createCognitoClient } from "../../src/core/client/client";
import { getUser } from "../../src/core/session/operations";
import { createFakeCognito, type FakePool, type FakeUser } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

async function renderSection(pool: FakePool, user: FakeUser) {
  const fake = createFakeCognito({ users: [user], pool });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
  const client = createCognitoClient(clientOptions);
  const answer = await client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: user.username, PASSWORD },
  });
  const accessToken = answer.authenticationResult?.accessToken ?? "";
  render(<ContactDetails clientOptions={clientOptions} accessToken={accessToken} defaultCountry="GB" />);
  const attributes = async () => (await getUser(client, { accessToken })).userAttributes;
  return { fake, attributes, keyboard: userEvent.setup() };
}

const row = (name: string) => screen.getByText(name).closest("li") as HTMLElement;

describe("<ContactDetails>", () => {
  it("a new email: a code to it, the old one in use until confirmed; a wrong code said; then verified", async () => {
    const t = await renderSection(
      { verifyBeforeUpdate: ["email"] },
      { username: "ada", password: PASSWORD, email: "ada@example.com" },
    );
    await screen.findByText("\u2068ada@example.com\u2069 · Verified");
    within(row("Email")).getByRole("button", { name: "Change Email" }).focus();
    await t.keyboard.keyboard("{Enter}");
    const field = await screen.findByLabelText("New email");
    await waitFor(() => expect(field).toHaveFocus());
    await t.keyboard.keyboard("not-an-email{Enter}");
    expect(field).toHaveAccessibleDescription("Enter an email like name@example.com.");
    expect(t.fake.calls.map((call) => call.operation)).not.toContain("UpdateUserAttributes");
    await t.keyboard.clear(field);
    await t.keyboard.type(field, "ada@new.example{Enter}");

    await screen.findByRole("heading", { name: "Confirm your email" });
    expect(
      screen.getByText(
        "We sent a code to \u2068a***@n***\u2069. Enter it here. Until then, your current one stays in use.",
      ),
    ).toBeVisible();
    expect(await t.attributes()).toMatchObject({ email: "ada@example.com", email_verified: "true" });
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.keyboard.keyboard("000000{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again."),
    );
    await t.keyboard.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByText("We sent a new code.")).toBeVisible();
    await t.keyboard.clear(screen.getByLabelText("Code"));
    await t.keyboard.type(screen.getByLabelText("Code"), `${t.fake.lastCode("ada")}{Enter}`);
    expect(await screen.findByText("Verified.")).toHaveAttribute("role", "status");
    expect(screen.getByText("\u2068ada@new.example\u2069 · Verified")).toBeVisible();
    expect(await t.attributes()).toMatchObject({ email: "ada@new.example", email_verified: "true" });
  });

  it("an unverified phone: Verify sends a code, which verifies it", async () => {
    const t = await renderSection(
      {},
      { username: "pat", password: PASSWORD, phone: "+447700900123", phoneVerified: false },
    );
    await screen.findByText("\u2068+447700900123\u2069 · Not verified");
    await t.keyboard.click(within(row("Phone number")).getByRole("button", { name: "Verify Phone number" }));
    await screen.findByRole("heading", { name: "Confirm your phone number" });
    await t.keyboard.type(screen.getByLabelText("Code"), `${t.fake.lastCode("pat")}{Enter}`);
    expect(await screen.findByText("\u2068+447700900123\u2069 · Verified")).toBeVisible();
    expect((await t.attributes()).phone_number_verified).toBe("true");
  });
});

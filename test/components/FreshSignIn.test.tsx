/**
 * A fresh sign-in before sensitive changes, against the fake on one clock: within the window the action
 * goes straight through; once it has passed, "Confirm it's you" asks the same user to sign in again
 * (their password here), then the action runs, once. Cancel changes nothing. With an ACR target, the
 * sign-in is Cognito's step-up (ACCESS_TOKEN on the wire). Every section's sensitive actions are behind
 * it: the password, the email and phone, the second step, signing other sessions out, deleting.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChangePassword } from "../../src/components/ChangePassword";
import { ContactDetails } from "../../src/components/ContactDetails";
import { DeleteAccount } from "../../src/components/DeleteAccount";
import { DevicesAndSessions } from "../../src/components/DevicesAndSessions";
import { Passkeys } from "../../src/components/Passkeys";
import { TwoFactor } from "../../src/components/TwoFactor";
import { createCognitoClient } from "../../src/core/client/client";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito } from "../../src/testing/index";
import { softCredentials } from "../support/softAuthenticator";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";
const MINUTE = 60_000;

async function setUp() {
  let now = Date.UTC(2026, 11, 7, 12, 0, 0);
  const fake = createFakeCognito({
    pool: { mfa: "OPTIONAL", sessionTracking: true, firstFactors: ["PASSWORD", "WEB_AUTHN"] },
    users: [{ username: "ada", password: PASSWORD, email: "ada@example.com" }],
    clock: () => now,
  });
  const sent: Array<{ AuthParameters?: Record<string, string> }> = [];
  const clientOptions = {
    clientId: fake.clientId,
    endpoint: "http://fake.test/",
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)));
      return fake(input, init);
    },
  };
  const client = createCognitoClient(clientOptions);
  const signIn = async () => {
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "ada", PASSWORD },
    });
    return answer.authenticationResult as AuthenticationResult;
  };
  const { accessToken } = await signIn();
  const renewed: AuthenticationResult[] = [];
  const freshSignIn = {
    maxAge: 300,
    now: () => now,
    onSignedIn: (tokens: AuthenticationResult) => renewed.push(tokens),
  };
  return {
    fake,
    sent,
    clientOptions,
    signIn,
    accessToken,
    freshSignIn,
    renewed,
    advance: (ms: number) => {
      now += ms;
    },
    user: userEvent.setup(),
  };
}

/** Signs in again at "Confirm it's you" with the password, by keyboard. */
async function confirmWithPassword(user: ReturnType<typeof userEvent.setup>) {
  expect(await screen.findByRole("heading", { name: "Confirm it's you" })).toBeTruthy();
  // The user's ways in (SELECT_CHALLENGE), or the password at once.
  const first = await screen.findByRole("button", { name: /^Password$|^Sign in$/ });
  expect(screen.queryByRole("button", { name: "Use another account" })).toBeNull();
  if (first.textContent === "Password") await user.click(first);
  const field = await screen.findByLabelText("Password", { selector: "input" });
  await waitFor(() => expect(document.activeElement).toBe(field));
  await user.keyboard(`${PASSWORD}{Enter}`);
}

describe("a fresh sign-in before sensitive changes", () => {
  it("deletes at once within the window; after it, only once the user signed in again", async () => {
    const t = await setUp();
    const first = render(
      <DeleteAccount
        clientOptions={t.clientOptions}
        accessToken={t.accessToken}
        freshSignIn={t.freshSignIn}
      />,
    );
    t.advance(4 * MINUTE);
    await t.user.type(screen.getByLabelText("Type delete to confirm"), "delete{Enter}");
    expect(await screen.findByText("Your account has been deleted.")).toBeTruthy();
    expect(screen.queryByText("Confirm it's you")).toBeNull();
    first.unmount();

    const t2 = await setUp();
    render(
      <DeleteAccount
        clientOptions={t2.clientOptions}
        accessToken={t2.accessToken}
        freshSignIn={t2.freshSignIn}
      />,
    );
    t2.advance(6 * MINUTE);
    await t2.user.type(screen.getByLabelText("Type delete to confirm"), "delete{Enter}");
    await confirmWithPassword(t2.user);
    expect(await screen.findByText("Your account has been deleted.")).toBeTruthy();
    expect(t2.fake.user("ada")).toBeUndefined();
    expect(t2.renewed).toHaveLength(1);
  });

  it("Cancel goes back with nothing changed; the form kept what was typed", async () => {
    const t = await setUp();
    render(
      <DeleteAccount
        clientOptions={t.clientOptions}
        accessToken={t.accessToken}
        freshSignIn={t.freshSignIn}
      />,
    );
    t.advance(6 * MINUTE);
    await t.user.type(screen.getByLabelText("Type delete to confirm"), "delete{Enter}");
    await screen.findByRole("heading", { name: "Confirm it's you" });
    await t.user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("heading", { name: "Confirm it's you" })).toBeNull();
    expect((screen.getByLabelText("Type delete to confirm") as HTMLInputElement).value).toBe("delete");
    expect(t.fake.user("ada")).toBeDefined();
    expect(t.fake.calls.map((call) => call.operation)).not.toContain("DeleteUser");
  });

  it("changes the password after the fresh sign-in, from the fields that kept it", async () => {
    const t = await setUp();
    render(
      <ChangePassword
        clientOptions={t.clientOptions}
        accessToken={t.accessToken}
        freshSignIn={t.freshSignIn}
      />,
    );
    t.advance(6 * MINUTE);
    await t.user.type(await screen.findByLabelText("Current password"), PASSWORD);
    await t.user.type(screen.getByLabelText("New password"), "Brand-New-Pass-2{Enter}");
    await confirmWithPassword(t.user);
    expect(await screen.findByText(/Your password has been changed/)).toBeTruthy();
    expect(t.fake.user("ada")?.password).toBe("Brand-New-Pass-2");
    // Within the new window, the next change goes straight through.
    t.advance(MINUTE);
    await t.user.click(screen.getByRole("button", { name: "Change it again" }));
    await t.user.type(await screen.findByLabelText("Current password"), "Brand-New-Pass-2");
    await t.user.type(screen.getByLabelText("New password"), "Brand-New-Pass-3{Enter}");
    await waitFor(() => expect(t.fake.user("ada")?.password).toBe("Brand-New-Pass-3"));
    expect(screen.queryByRole("heading", { name: "Confirm it's you" })).toBeNull();
  });

  it("guards the second step, the email, and signing another session out", async () => {
    const t = await setUp();
    await t.signIn(); // another session
    t.advance(6 * MINUTE);
    const two = render(
      <TwoFactor clientOptions={t.clientOptions} accessToken={t.accessToken} freshSignIn={t.freshSignIn} />,
    );
    await t.user.click(await screen.findByRole("button", { name: "Turn on Email" }));
    await confirmWithPassword(t.user);
    await waitFor(() => expect(t.fake.user("ada")?.mfa?.email).toBe(true));
    two.unmount();

    const t2 = await setUp();
    t2.advance(6 * MINUTE);
    const contacts = render(
      <ContactDetails
        clientOptions={t2.clientOptions}
        accessToken={t2.accessToken}
        freshSignIn={t2.freshSignIn}
      />,
    );
    await t2.user.click(await screen.findByRole("button", { name: /Change .*Email/ }));
    await t2.user.type(await screen.findByLabelText("New email"), "ada@new.example{Enter}");
    await confirmWithPassword(t2.user);
    await waitFor(() =>
      expect(t2.fake.calls.map((call) => call.operation)).toContain("UpdateUserAttributes"),
    );
    contacts.unmount();

    const t3 = await setUp();
    await t3.signIn();
    t3.advance(6 * MINUTE);
    render(
      <DevicesAndSessions
        clientOptions={t3.clientOptions}
        accessToken={t3.accessToken}
        freshSignIn={t3.freshSignIn}
      />,
    );
    const others = await screen.findAllByRole("button", { name: /^Sign out / });
    await t3.user.click(others[0] as HTMLElement);
    await confirmWithPassword(t3.user);
    await waitFor(() => expect(t3.fake.calls.map((call) => call.operation)).toContain("RevokeUserSession"));
  });

  it("guards adding a passkey: added once the user signed in again", async () => {
    const t = await setUp();
    render(
      <Passkeys
        clientOptions={t.clientOptions}
        accessToken={t.accessToken}
        credentials={await softCredentials()}
        freshSignIn={t.freshSignIn}
      />,
    );
    await screen.findByText("You have no passkeys yet.");
    t.advance(6 * MINUTE);
    await t.user.click(screen.getByRole("button", { name: "Add a passkey" }));
    await confirmWithPassword(t.user);
    expect(await screen.findByText("Passkey added.")).toBeVisible();
    expect(t.fake.user("ada")?.passkeys).toHaveLength(1);
  });

  it("with an ACR target, the fresh sign-in is Cognito's step-up", async () => {
    const t = await setUp();
    render(
      <DeleteAccount
        clientOptions={t.clientOptions}
        accessToken={t.accessToken}
        freshSignIn={{ ...t.freshSignIn, targetAcrValues: "urn:cognito:loa:1" }}
      />,
    );
    t.advance(6 * MINUTE);
    await t.user.type(screen.getByLabelText("Type delete to confirm"), "delete{Enter}");
    await confirmWithPassword(t.user);
    expect(await screen.findByText("Your account has been deleted.")).toBeTruthy();
    const stepUp = t.sent.find((body) => body.AuthParameters?.ACCESS_TOKEN !== undefined);
    expect(stepUp?.AuthParameters).toMatchObject({
      USERNAME: "ada",
      ACCESS_TOKEN: t.accessToken,
      TARGET_ACR_VALUES: "urn:cognito:loa:1",
      MAX_AGE: "300",
    });
  });
});

/**
 * <DeleteAccount> against the fake, by keyboard: the confirmation word refused until typed as shown, then
 * DeleteUser; under <CognitoProvider session> the session is signed out; the user cannot sign in again.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DeleteAccount } from "../../src/components/DeleteAccount";
import { createCognitoClient } from "../../src/core/client/client";
import { memoryStorage } from "../../src/core/session/storage";
import { createSession } from "../../src/core/session/store";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { useSession } from "../../src/hooks/useSession";
import { createFakeCognito } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

function Status() {
  return <p>{useSession().status}</p>;
}

it("deletes the account once the word is typed; the session ends and nobody signs in as the user", async () => {
  const fake = createFakeCognito({
    users: [{ username: "dell", password: PASSWORD, email: "dell@example.com" }],
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const session = createSession({ client, storage: memoryStorage() });
  const signIn = () =>
    client.initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "dell", PASSWORD } });
  const tokens = (await signIn()).authenticationResult;
  if (!tokens) throw new Error("expected tokens");
  session.signIn(tokens);
  const deleted: unknown[] = [];
  const user = userEvent.setup();
  render(
    <CognitoProvider client={client} session={session}>
      <Status />
      <DeleteAccount accessToken={tokens.accessToken} onDeleted={() => deleted.push(true)} />
    </CognitoProvider>,
  );
  expect(await screen.findByText("signedIn")).toBeVisible();
  const confirm = screen.getByLabelText("Type delete to confirm");
  await user.type(confirm, "dlete{Enter}");
  // Refused before anything is sent; the field says why and keeps focus.
  expect(confirm).toHaveAccessibleDescription("Type delete to confirm, as shown.");
  await waitFor(() => expect(confirm).toHaveFocus());
  expect(fake.calls.map((call) => call.operation)).not.toContain("DeleteUser");

  await user.clear(confirm);
  await user.type(confirm, "Delete{Enter}");
  expect(await screen.findByText("Your account has been deleted.")).toHaveAttribute("role", "status");
  expect(deleted).toEqual([true]);
  expect(await screen.findByText("signedOut")).toBeVisible();
  await expect(signIn()).rejects.toMatchObject({ name: "NotAuthorizedException" });
});

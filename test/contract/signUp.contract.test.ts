/**
 * The sign-up journey against a real cognito-local process and against our fake: SignUp, ConfirmSignUp
 * with the code, then the new account signed in by the sign-in it is handed to, without the user typing
 * the password again. cognito-local gives no Session after SignUp, so there the hand-over goes by the
 * held password; the fake gives one, which a USER_PASSWORD_AUTH sign-in cannot take, so there too. The
 * typed outcome must be the same: signed in, nothing secret in either store's state.
 */
import { createSignIn } from "../../src/core/signIn/store";
import { createSignUp } from "../../src/core/signUp/createSignUp";
import type { AuthenticationResult } from "../../src/core/types";
import { BACKENDS, type Backend, createBackend } from "./backends";

const PASSWORD = "Correct-Horse-1";

describe.each(BACKENDS)("the sign-up journey against %s", (name) => {
  let backend: Backend;
  beforeAll(() => {
    backend = createBackend(name);
  });

  it("signs up, confirms with the code and is signed in by the sign-in it hands over to", async () => {
    const signedIn: AuthenticationResult[] = [];
    const signIn = createSignIn({
      client: backend.client,
      authFlow: "USER_PASSWORD_AUTH",
      onSignedIn: (tokens) => signedIn.push(tokens),
    });
    const store = createSignUp({ client: backend.client, signIn });
    const states: unknown[] = [];
    store.subscribe(() => states.push(store.getState()));
    signIn.subscribe(() => states.push(signIn.getState()));

    await store.submit({ username: "juno", password: PASSWORD, attributes: { email: "juno@example.com" } });
    expect(store.getState()).toMatchObject({
      status: "code",
      username: "juno",
      delivery: { deliveryMedium: "EMAIL", attributeName: "email" },
    });
    await store.confirm(backend.smsCode("juno"));
    await vi.waitFor(() => expect(signIn.getState().status).toBe("signedIn"));
    expect(store.getState()).toMatchObject({ status: "signIn", pending: false, error: undefined });
    expect(signedIn).toHaveLength(1);
    expect(signedIn[0]?.accessToken).toEqual(expect.any(String));
    expect(JSON.stringify(states)).not.toContain(PASSWORD);
  });

  it("a username that exists is refused with UsernameExistsException, and the form stays", async () => {
    const store = createSignUp({ client: backend.client });
    await store.submit({ username: "rhea", password: PASSWORD, attributes: { email: "r2@example.com" } });
    expect(store.getState()).toMatchObject({ status: "form", error: { name: "UsernameExistsException" } });
  });
});

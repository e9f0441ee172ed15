/**
 * React Query never holds a secret: after each journey (sign-in with a code, sign-in with authenticator
 * set-up, a password reset, an account confirmation, TOTP set-up on an account page), no password,
 * code, TOTP secret or token is in the mutation cache, in `dehydrate()` (what persisters write), or in
 * anything a global MutationCache's callbacks received; the calls still went through the app's
 * QueryClient. And offline, a sign-in fails at once as a NetworkError instead of pausing.
 */
import {
  dehydrate,
  MutationCache,
  onlineManager,
  QueryClient,
  QueryClientProvider,
} from "@tanstack/react-query";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { DeleteAccount } from "../../src/components/DeleteAccount";
import { createCognitoClient, type FetchLike } from "../../src/core/client/client";
import { NetworkError } from "../../src/core/client/errors";
import { confirmForgotPasswordCommand } from "../../src/core/commands/confirmForgotPassword";
import { forgotPasswordCommand } from "../../src/core/commands/forgotPassword";
import { initiateAuthCommand } from "../../src/core/commands/initiateAuth";
import { respondToAuthChallengeCommand } from "../../src/core/commands/respondToAuthChallenge";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { commandMutationOptions } from "../../src/hooks/mutations";
import { useAccountConfirmation } from "../../src/hooks/useAccountConfirmation";
import { usePasswordReset } from "../../src/hooks/usePasswordReset";
import { useTotpSetup } from "../../src/hooks/useTotpSetup";
import { createFakeCognito, type FakeCognitoOptions, scenarios } from "../../src/testing/index";
import { renderSignIn } from "../support/renderSignIn";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";
const NEW_PASSWORD = "Brand-New-Pass-2";

/** A QueryClient whose MutationCache writes down everything its callbacks are given. */
function watchedQueryClient() {
  const received: string[] = [];
  const keys: string[] = [];
  const write = (...args: unknown[]) => {
    received.push(
      JSON.stringify(args, (_key, value) =>
        value instanceof Error ? { ...value, name: value.name, message: value.message } : value,
      ),
    );
  };
  const queryClient = new QueryClient({
    mutationCache: new MutationCache({
      onMutate: (variables, mutation) => {
        keys.push(String(mutation.options.mutationKey?.[1]));
        write(variables, mutation.state);
      },
      onSuccess: (data, variables, context, mutation) => write(data, variables, context, mutation.state),
      onError: (error, variables, context, mutation) => write(error, variables, context, mutation.state),
      onSettled: (data, error, variables, context, mutation) =>
        write(data, error, variables, context, mutation.state),
    }),
  });
  /** What the callbacks saw, what the cache holds, and what a persister would write, as one text. */
  const everything = () =>
    [
      ...received,
      JSON.stringify(
        queryClient
          .getMutationCache()
          .getAll()
          .map((mutation) => mutation.state),
      ),
      JSON.stringify(dehydrate(queryClient, { shouldDehydrateMutation: () => true })),
    ].join("\n");
  return { queryClient, keys, everything };
}

function expectNoSecret(text: string, secrets: (string | undefined)[]) {
  const given = secrets.filter((secret): secret is string => !!secret && secret.length >= 6);
  expect(given.length).toBeGreaterThan(0);
  for (const secret of given) expect(text).not.toContain(secret);
}

function wrapperFor(options: FakeCognitoOptions, queryClient: QueryClient) {
  const fake = createFakeCognito(options);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CognitoProvider options={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}>
        {children}
      </CognitoProvider>
    </QueryClientProvider>
  );
  return { fake, wrapper };
}

describe("React Query never holds a secret", () => {
  it("a sign-in with a password and an SMS code", async () => {
    const watched = watchedQueryClient();
    const rendered = renderSignIn(scenarios.smsMfa, {}, {}, undefined, watched.queryClient);
    await act(() => rendered.result.current.start("sid", { password: PASSWORD }));
    // A wrong code first: an error goes through the callbacks too.
    await act(() => rendered.result.current.answer({ code: "000000" }));
    const code = rendered.fake.lastCode("sid");
    await act(() => rendered.result.current.answer({ code: code ?? "" }));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(watched.keys).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
    const tokens = rendered.signedIn[0];
    expectNoSecret(watched.everything(), [
      PASSWORD,
      code,
      tokens?.accessToken,
      tokens?.idToken,
      tokens?.refreshToken,
    ]);
  });

  it("a sign-in that sets up an authenticator (the TOTP secret, its code, the session)", async () => {
    const watched = watchedQueryClient();
    const rendered = renderSignIn(scenarios.totpSetup, {}, {}, undefined, watched.queryClient);
    await act(() => rendered.result.current.start("sam", { password: PASSWORD }));
    const secret =
      rendered.result.current.challenge?.name === "MFA_SETUP"
        ? rendered.result.current.totpSetup?.secretCode
        : undefined;
    const code = await rendered.fake.totpCode("sam");
    await act(() => rendered.result.current.verifyTotp(code ?? ""));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(watched.keys).toContain("AssociateSoftwareToken");
    const tokens = rendered.signedIn[0];
    expectNoSecret(watched.everything(), [PASSWORD, secret, code, tokens?.accessToken, tokens?.refreshToken]);
  });

  it("a password reset (the code and the new password)", async () => {
    const watched = watchedQueryClient();
    const { fake, wrapper } = wrapperFor(scenarios.forgotPassword.options(), watched.queryClient);
    const { result } = renderHook(() => usePasswordReset({ username: "rhea" }), { wrapper });
    await act(() => result.current.sendCode());
    await act(() => result.current.confirm("000000", NEW_PASSWORD));
    const code = fake.lastCode("rhea");
    await act(() => result.current.confirm(code ?? "", NEW_PASSWORD));
    expect(result.current.status).toBe("done");
    expect(watched.keys).toEqual(["ForgotPassword", "ConfirmForgotPassword", "ConfirmForgotPassword"]);
    expectNoSecret(watched.everything(), [code, NEW_PASSWORD]);
  });

  it("an account confirmation (the code)", async () => {
    const watched = watchedQueryClient();
    const { fake, wrapper } = wrapperFor(scenarios.unconfirmed.options(), watched.queryClient);
    const { result } = renderHook(() => useAccountConfirmation({ username: "cleo" }), { wrapper });
    await act(() => result.current.sendCode());
    const code = fake.lastCode("cleo");
    await act(() => result.current.confirm(code ?? ""));
    expect(result.current.status).toBe("done");
    expect(watched.keys).toEqual(["ResendConfirmationCode", "ConfirmSignUp"]);
    expectNoSecret(watched.everything(), [code]);
  });

  it("TOTP set-up on an account page (the access token, the secret, the code)", async () => {
    const watched = watchedQueryClient();
    const { fake, wrapper } = wrapperFor(
      { pool: { mfa: "OPTIONAL" }, users: [{ username: "zoe", password: PASSWORD }] },
      watched.queryClient,
    );
    const signedIn = await fake("http://fake.test/", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService.InitiateAuth",
      },
      body: JSON.stringify({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: fake.clientId,
        AuthParameters: { USERNAME: "zoe", PASSWORD },
      }),
    }).then((response) => response.json() as Promise<{ AuthenticationResult: { AccessToken: string } }>);
    const accessToken = signedIn.AuthenticationResult.AccessToken;
    const { result } = renderHook(() => useTotpSetup({ accessToken }), { wrapper });
    await act(() => result.current.start());
    const secret = result.current.secretCode;
    const code = await fake.totpCode("zoe");
    await act(() => result.current.verify(code ?? ""));
    expect(result.current.status).toBe("done");
    expect(watched.keys).toEqual(["AssociateSoftwareToken", "VerifySoftwareToken", "SetUserMFAPreference"]);
    expectNoSecret(watched.everything(), [accessToken, secret, code]);
  });
});

it("the operation hooks' own options say they are sensitive, and never pause offline", () => {
  const client = createCognitoClient({ clientId: "c", region: "eu-west-1" });
  for (const options of [
    commandMutationOptions(client, initiateAuthCommand),
    commandMutationOptions(client, respondToAuthChallengeCommand),
    commandMutationOptions(client, forgotPasswordCommand),
    commandMutationOptions(client, confirmForgotPasswordCommand),
  ])
    expect(options).toMatchObject({ meta: { sensitive: true }, networkMode: "always", retry: false });
});

describe("offline", () => {
  afterEach(() => onlineManager.setOnline(true));

  it("a sign-in fails at once as a NetworkError, and the password waits nowhere", async () => {
    onlineManager.setOnline(false);
    const watched = watchedQueryClient();
    const offline = (): FetchLike => () => Promise.reject(new TypeError("Failed to fetch"));
    const rendered = renderSignIn(scenarios.passwordOnly, {}, {}, offline, watched.queryClient);
    // Paused (React Query's default networkMode), this would never settle.
    await act(() => rendered.result.current.start("alice", { password: PASSWORD }));
    expect(rendered.result.current.error).toBeInstanceOf(NetworkError);
    expect(rendered.result.current).toMatchObject({ status: "identify", pending: false });
    expect(watched.queryClient.getMutationCache().getAll()).toHaveLength(0);
    expectNoSecret(watched.everything(), [PASSWORD]);
  });
});

describe("React Query never holds a secret on the account page", () => {
  it("a step-up before a deletion (the access token, the password, the new tokens)", async () => {
    const watched = watchedQueryClient();
    // A minute passes after the sign-in, for the fake and for the page.
    let later = 0;
    const { fake, wrapper } = wrapperFor(
      { users: [{ username: "ada", password: PASSWORD }], clock: () => Date.now() + later },
      watched.queryClient,
    );
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: fake,
    });
    const signedIn = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "ada", PASSWORD },
    });
    const accessToken = signedIn.authenticationResult?.accessToken ?? "";
    later = 60_000;
    const renewed: string[] = [];
    render(
      <DeleteAccount
        accessToken={accessToken}
        freshSignIn={{
          maxAge: 30,
          targetAcrValues: "urn:cognito:loa:1",
          onSignedIn: (tokens) => renewed.push(tokens.accessToken, tokens.refreshToken ?? ""),
          now: () => Date.now() + later,
        }}
      />,
      { wrapper },
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Type delete to confirm"), "delete{Enter}");
    // The user's ways in (SELECT_CHALLENGE), or the password at once.
    const first = await waitFor(
      () =>
        screen.queryByRole("button", { name: "Password" }) ??
        screen.getByLabelText("Password", { selector: "input" }),
    );
    if (first.tagName === "BUTTON") await user.click(first);
    await user.type(await screen.findByLabelText("Password", { selector: "input" }), `${PASSWORD}{Enter}`);
    expect(await screen.findByText("Your account has been deleted.")).toBeTruthy();
    expect(watched.keys).toContain("DeleteUser");
    expectNoSecret(watched.everything(), [accessToken, PASSWORD, ...renewed]);
  });
});

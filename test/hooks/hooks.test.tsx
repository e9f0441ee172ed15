/** The operation hooks alone: typed results and errors, a clean mutation cache, and the provider. */
import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { createCognitoClient } from "../../src/core/client/client";
import { CognitoError } from "../../src/core/client/errors";
import { CognitoProvider, useCognitoClient } from "../../src/hooks/CognitoProvider";
import { useAssociateSoftwareToken } from "../../src/hooks/useAssociateSoftwareToken";
import { useConfirmForgotPassword } from "../../src/hooks/useConfirmForgotPassword";
import { useConfirmSignUp } from "../../src/hooks/useConfirmSignUp";
import { useForgotPassword } from "../../src/hooks/useForgotPassword";
import { useInitiateAuth } from "../../src/hooks/useInitiateAuth";
import { usePasswordReset } from "../../src/hooks/usePasswordReset";
import { useResendConfirmationCode } from "../../src/hooks/useResendConfirmationCode";
import { useRespondToAuthChallenge } from "../../src/hooks/useRespondToAuthChallenge";
import { useVerifySoftwareToken } from "../../src/hooks/useVerifySoftwareToken";
import { createFakeCognito, type FakeCognitoOptions, scenarios } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

function setUp(scenario = scenarios.totpSetup) {
  return setUpWith(scenario.options());
}

function setUpWith(options: FakeCognitoOptions) {
  const fake = createFakeCognito(options);
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CognitoProvider options={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}>
        {children}
      </CognitoProvider>
    </QueryClientProvider>
  );
  const cacheText = () =>
    JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    );
  return { fake, queryClient, wrapper, cacheText };
}

describe("operation hooks", () => {
  it("usePasswordReset: its calls go through the QueryClient and leave no code or password there", async () => {
    const { fake, queryClient, wrapper } = setUpWith({
      users: [{ username: "rhea", email: "rhea@example.com", password: PASSWORD }],
    });
    const seen: string[] = [];
    queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "added") seen.push(String(event.mutation.options.mutationKey?.[1]));
    });
    const reset: string[] = [];
    const { result } = renderHook(
      () => usePasswordReset({ username: "rhea", onReset: (name) => reset.push(name) }),
      {
        wrapper,
      },
    );
    await act(() => result.current.sendCode());
    expect(result.current.status).toBe("code");
    await act(() => result.current.confirm(fake.lastCode("rhea") ?? "", "Brand-New-Pass-2"));
    expect(result.current.status).toBe("done");
    expect(reset).toEqual(["rhea"]);
    expect(seen).toEqual(["ForgotPassword", "ConfirmForgotPassword"]);
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
  });

  it("reset a password and confirm an account, leaving no code or password in the cache", async () => {
    const { fake, queryClient, wrapper } = setUpWith({
      users: [
        { username: "rhea", email: "rhea@example.com", password: PASSWORD },
        { username: "cleo", email: "cleo@example.com", password: PASSWORD, status: "UNCONFIRMED" },
      ],
    });
    const { result } = renderHook(
      () => ({
        forgot: useForgotPassword(),
        reset: useConfirmForgotPassword(),
        resend: useResendConfirmationCode(),
        confirm: useConfirmSignUp(),
      }),
      { wrapper },
    );
    const sent = await act(() => result.current.forgot.mutateAsync({ username: "rhea" }));
    expect(sent.codeDeliveryDetails?.deliveryMedium).toBe("EMAIL");
    const resetCode = fake.lastCode("rhea") ?? "";
    await act(() =>
      result.current.reset.mutateAsync({
        username: "rhea",
        confirmationCode: resetCode,
        password: "Brand-New-Pass-2",
      }),
    );
    await act(() => result.current.resend.mutateAsync({ username: "cleo" }));
    const confirmCode = fake.lastCode("cleo") ?? "";
    // A wrong code rejects with the operation's typed error.
    await act(() =>
      result.current.confirm
        .mutateAsync({ username: "cleo", confirmationCode: confirmCode === "111111" ? "222222" : "111111" })
        .catch(() => {}),
    );
    await waitFor(() => expect(result.current.confirm.error).toBeInstanceOf(CognitoError));
    expect(result.current.confirm.error?.name).toBe("CodeMismatchException");
    await act(() => result.current.confirm.mutateAsync({ username: "cleo", confirmationCode: confirmCode }));
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
  });

  it("set up TOTP by session, leaving no password, secret, code or token in the cache", async () => {
    const { fake, wrapper, cacheText, queryClient } = setUp();
    const { result } = renderHook(
      () => ({
        initiate: useInitiateAuth(),
        associate: useAssociateSoftwareToken(),
        verify: useVerifySoftwareToken(),
        respond: useRespondToAuthChallenge(),
      }),
      { wrapper },
    );
    const first = await act(() =>
      result.current.initiate.mutateAsync({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "sam", PASSWORD },
      }),
    );
    expect(first.challengeName).toBe("MFA_SETUP");
    const associated = await act(() =>
      result.current.associate.mutateAsync({ session: first.session ?? "" }),
    );
    const code = (await fake.totpCode("sam")) ?? "";
    const verified = await act(() =>
      result.current.verify.mutateAsync({ session: associated.session ?? "", userCode: code }),
    );
    const done = await act(() =>
      result.current.respond.mutateAsync({
        challengeName: "MFA_SETUP",
        session: verified.session ?? "",
        challengeResponses: { USERNAME: "sam" },
      }),
    );
    const accessToken = done.authenticationResult?.accessToken ?? "missing";
    // The hook still hands its caller the result…
    expect(result.current.respond.data?.authenticationResult?.accessToken).toBe(accessToken);
    // …but React Query's cache keeps nothing of it.
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
    for (const secret of [PASSWORD, associated.secretCode, code, accessToken])
      expect(cacheText()).not.toContain(secret);
  });

  it("reject with the operation's typed error, and forget the failed call too", async () => {
    const { wrapper, queryClient } = setUp(scenarios.passwordOnly);
    const { result } = renderHook(() => useInitiateAuth(), { wrapper });
    const error = await act(() =>
      result.current
        .mutateAsync({
          authFlow: "USER_PASSWORD_AUTH",
          authParameters: { USERNAME: "alice", PASSWORD: "Wrong-1" },
        })
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(CognitoError);
    await waitFor(() => expect(result.current.error?.name).toBe("NotAuthorizedException"));
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
  });

  it("pass the signal through, so a call can be cancelled", async () => {
    const fake = createFakeCognito({ ...scenarios.passwordOnly.options(), latencyMs: 1000 });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CognitoProvider options={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}>
        {children}
      </CognitoProvider>
    );
    const { result } = renderHook(() => useInitiateAuth(), { wrapper });
    const controller = new AbortController();
    const pending = result.current
      .mutateAsync({
        authFlow: "USER_AUTH",
        authParameters: { USERNAME: "alice" },
        signal: controller.signal,
      })
      .catch((e: unknown) => e);
    controller.abort();
    expect(await act(() => pending)).toMatchObject({ name: "AbortError" });
  });
});

describe("CognitoProvider", () => {
  it("uses the app's QueryClient when there is one", () => {
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <CognitoProvider options={{ clientId: "c", region: "eu-west-1" }}>{children}</CognitoProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useQueryClient(), { wrapper });
    expect(result.current).toBe(queryClient);
  });

  it("brings its own QueryClient when the app has none", () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CognitoProvider options={{ clientId: "c", region: "eu-west-1" }}>{children}</CognitoProvider>
    );
    const { result, rerender } = renderHook(() => useQueryClient(), { wrapper });
    const first = result.current;
    expect(first).toBeInstanceOf(QueryClient);
    rerender();
    expect(result.current).toBe(first);
  });

  it("takes a ready client, or makes one from options and keeps it while they are equal", () => {
    const client = createCognitoClient({ clientId: "given", region: "eu-west-1" });
    const given = renderHook(() => useCognitoClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <CognitoProvider client={client}>{children}</CognitoProvider>
      ),
    });
    expect(given.result.current).toBe(client);

    let region = "eu-west-1";
    const made = renderHook(() => useCognitoClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <CognitoProvider options={{ clientId: "made", region }}>{children}</CognitoProvider>
      ),
    });
    const first = made.result.current;
    expect(first.endpoint).toBe("https://cognito-idp.eu-west-1.amazonaws.com/");
    made.rerender();
    expect(made.result.current).toBe(first);
    region = "us-east-2";
    made.rerender();
    expect(made.result.current.endpoint).toBe("https://cognito-idp.us-east-2.amazonaws.com/");
  });

  it("tells what is missing when there is no provider", () => {
    // The error is expected: React (and, on React 18, jsdom's report of the rethrown error) would print
    // it with its stack; the test asserts it instead.
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener("error", quiet);
    try {
      expect(() => renderHook(() => useCognitoClient())).toThrow(/wrap the component in <CognitoProvider>/);
    } finally {
      window.removeEventListener("error", quiet);
      spy.mockRestore();
    }
  });
});

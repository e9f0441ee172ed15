import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import type { FetchLike } from "../../src/core/client/client";
import type { AuthenticationResult } from "../../src/core/types";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { type UseSignInOptions, useSignIn } from "../../src/hooks/useSignIn";
import { createFakeCognito, type FakeCognitoOptions, type FakeScenario } from "../../src/testing/index";
import { fakeDefaults } from "./fakeDefaults";

/** Renders useSignIn against a fresh fake for a scenario, with an app-owned QueryClient to inspect. */
export function renderSignIn(
  scenario: FakeScenario,
  hookOptions: UseSignInOptions = {},
  fakeOptions: Partial<FakeCognitoOptions> = {},
  /** Stands between the hook and the fake, e.g. to send an answer the fake never gives. */
  wire: (fetch: FetchLike) => FetchLike = (fetch) => fetch,
  /** The app's QueryClient, e.g. one whose MutationCache has callbacks. */
  queryClient = new QueryClient(),
) {
  const fake = createFakeCognito({ ...fakeDefaults, ...scenario.options(), ...fakeOptions });
  const signedIn: AuthenticationResult[] = [];
  /** Every request body sent, to check what went over the wire. */
  const bodies: string[] = [];
  const send = wire(fake);
  const recording = (input: string, init: RequestInit) => {
    bodies.push(String(init.body));
    return send(input, init);
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CognitoProvider
        options={{
          clientId: fake.clientId,
          userPoolId: fake.userPoolId,
          endpoint: "http://fake.test/",
          fetch: recording,
        }}
      >
        {children}
      </CognitoProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(
    () =>
      useSignIn({
        authFlow: scenario.authFlow,
        onSignedIn: (tokens) => signedIn.push(tokens),
        ...hookOptions,
      }),
    { wrapper },
  );
  /** Everything React Query's mutation cache still holds, as text. */
  const mutationCacheText = () =>
    JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    );
  return { ...hook, fake, queryClient, signedIn, bodies, mutationCacheText };
}

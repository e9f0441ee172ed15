import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { type UseSignInOptions, useSignIn } from "../../src/hooks/useSignIn";
import { createFakeCognito, scenarios } from "../../src/testing/index";

/** useSignIn over a client made from a region and client id only, as many apps configure it. */
export function renderSignInWithoutPoolId(options: UseSignInOptions) {
  const fake = createFakeCognito(scenarios.passwordOnly.options());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CognitoProvider options={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}>
      {children}
    </CognitoProvider>
  );
  return renderHook(() => useSignIn(options), { wrapper });
}

"use client";
import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { type CognitoClient, type CognitoClientOptions, createCognitoClient } from "../core/client/client";
import type { SessionStore } from "../core/session/store";
import { CognitoClientContext } from "./clientContext";
import { SessionContext } from "./sessionContext";

export { useCognitoClient } from "./clientContext";

export type CognitoProviderProps = {
  children?: ReactNode;
  /**
   * The session after sign-in (`createSession`): `useSession` reads it, and `<SignIn>` and `useSignIn`
   * below hand it the tokens of a sign-in.
   */
  session?: SessionStore;
} & (
  | {
      /** A client made with `createCognitoClient`, e.g. shared with code outside React. */
      client: CognitoClient;
      options?: undefined;
    }
  | {
      /** Options for a client this provider makes (and remakes when they change). */
      options: CognitoClientOptions;
      client?: undefined;
    }
);

/**
 * Makes a Cognito client available to the hooks and components below. Uses the app's QueryClient when a
 * QueryClientProvider is above it, and a private one otherwise, so the library drops into apps with or
 * without React Query.
 */
export function CognitoProvider({ children, client, options, session }: CognitoProviderProps) {
  const outerQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    outerQueryClient
      ? undefined
      : new QueryClient({ defaultOptions: { mutations: { retry: false, gcTime: 0 } } }),
  );
  // Options objects are often written inline: remake the client only when a value changes.
  const plainOptions = options && {
    clientId: options.clientId,
    region: options.region,
    userPoolId: options.userPoolId,
    endpoint: options.endpoint,
    timeoutMs: options.timeoutMs,
    headers: options.headers,
  };
  const optionsKey = JSON.stringify(plainOptions ?? null);
  const fetchOption = options?.fetch;
  const secretHashOption = options?.secretHash;
  const madeClient = useMemo(
    () =>
      optionsKey === "null"
        ? undefined
        : createCognitoClient({
            ...JSON.parse(optionsKey),
            fetch: fetchOption,
            secretHash: secretHashOption,
          }),
    [optionsKey, fetchOption, secretHashOption],
  );
  const value = client ?? madeClient ?? null;

  // Reading the stored session and hearing the other tabs start after the first render, never during it.
  useEffect(() => session?.start(), [session]);
  const inner = session ? (
    <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
  ) : (
    children
  );
  const tree = <CognitoClientContext.Provider value={value}>{inner}</CognitoClientContext.Provider>;
  return ownQueryClient ? <QueryClientProvider client={ownQueryClient}>{tree}</QueryClientProvider> : tree;
}

/**
 * For components that take `client` or `clientOptions` themselves: provides whichever was given, and
 * otherwise leaves the nearest <CognitoProvider> above in charge.
 */
export function CognitoClientBoundary({
  client,
  clientOptions,
  children,
}: {
  client?: CognitoClient;
  clientOptions?: CognitoClientOptions;
  children: ReactNode;
}) {
  if (client) return <CognitoProvider client={client}>{children}</CognitoProvider>;
  if (clientOptions) return <CognitoProvider options={clientOptions}>{children}</CognitoProvider>;
  return children;
}

"use client";
// Apart from the provider, which makes clients: the steps that load on demand read the client here
// without reaching the client's module (see ARCHITECTURE.md on lazy chunks and the first load).
import { createContext, useContext } from "react";
import type { CognitoClient } from "../core/client/client";

export const CognitoClientContext = createContext<CognitoClient | null>(null);

/** The client of the nearest CognitoProvider. */
export function useCognitoClient(): CognitoClient {
  const client = useContext(CognitoClientContext);
  if (!client) throw new Error("useCognitoClient: wrap the component in <CognitoProvider>.");
  return client;
}

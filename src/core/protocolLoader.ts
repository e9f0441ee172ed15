/** The module that reads Cognito's answers (protocol.ts), as the client and the stores load it. */
export type Protocol = typeof import("./protocol");

let loading: Promise<Protocol> | undefined;

/**
 * Loads protocol.ts once; every caller shares the one import. A failed load is not remembered, so the
 * next call (a retry) tries again.
 */
export function loadProtocol(): Promise<Protocol> {
  loading ??= import("./protocol").catch((cause: unknown) => {
    loading = undefined;
    throw cause;
  });
  return loading;
}

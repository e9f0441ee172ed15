import type { FetchLike } from "../../src/core/client/client";

/**
 * Cognito may answer VerifySoftwareToken with HTTP 200 and Status ERROR; the fake never does, so this
 * replaces that one answer on the wire and passes every other call through.
 */
export function withVerifyStatusError(fetch: FetchLike): FetchLike {
  return (input, init) =>
    new Headers(init.headers).get("X-Amz-Target")?.endsWith(".VerifySoftwareToken")
      ? Promise.resolve(new Response('{"Status":"ERROR"}', { status: 200 }))
      : fetch(input, init);
}

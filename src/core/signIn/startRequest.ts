/**
 * What the first call of a sign-in sends, worked out from the flow, the options and what the user gave:
 * pure, so the shortest path (password or factor in the first call) is decided in one readable place.
 */
import type { StringMap } from "../types";
import type { SignInOptions, StartOptions } from "./types";

export interface StartRequest {
  /** InitiateAuth's AuthParameters, without SRP_A and DEVICE_KEY (added in flight). */
  parameters: StringMap;
  /** A password to prove by SRP: SRP_A is made from it in flight, and it is held for PASSWORD_VERIFIER. */
  srpPassword: string | undefined;
  /** Whether a password goes out in this call, in clear or as an SRP proof. */
  sendsPassword: boolean;
}

export function startRequest(
  username: string,
  options: Pick<SignInOptions, "authFlow" | "srp">,
  start: StartOptions,
): StartRequest {
  const flow = options.authFlow ?? "USER_AUTH";
  const parameters: StringMap = { ...start.authParameters, USERNAME: username };
  const { password } = start;
  let preferred = start.preferredChallenge ?? (password !== undefined ? "PASSWORD" : undefined);
  if (flow === "USER_AUTH" && options.srp && preferred === "PASSWORD") preferred = "PASSWORD_SRP";
  let srpPassword: string | undefined;
  if (flow === "USER_PASSWORD_AUTH" || flow === "USER_SRP_AUTH") {
    if (password === undefined)
      throw new TypeError(`createSignIn (useSignIn, <SignIn>): ${flow} needs the password in start().`);
    if (flow === "USER_SRP_AUTH") srpPassword = password;
    else parameters.PASSWORD = password;
  } else if (flow === "USER_AUTH" && preferred) {
    parameters.PREFERRED_CHALLENGE = preferred;
    if (password !== undefined && preferred === "PASSWORD") parameters.PASSWORD = password;
    if (password !== undefined && preferred === "PASSWORD_SRP") srpPassword = password;
  }
  return {
    parameters,
    srpPassword,
    sendsPassword: parameters.PASSWORD !== undefined || srpPassword !== undefined,
  };
}

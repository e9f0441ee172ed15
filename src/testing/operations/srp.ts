/** Password proofs by SRP: the PASSWORD_VERIFIER challenge, and checking the claim that answers it. */
import { srpVerifier, userPoolName } from "../../core/srp/srp";
import { FakeCognitoError, WRONG_CREDENTIALS } from "../errors";
import type { PoolState, StringMap } from "../pool";
import type { SessionState } from "../sessions";
import { randomSalt, type SrpRound, srpChallengeParameters, startSrpRound, verifySrpClaim } from "../srp";
import type { FakeUser } from "../types";

/** PASSWORD_VERIFIER for SRP_A, against a verifier made from the user's current password. */
export async function passwordVerifierChallenge(
  state: PoolState,
  user: FakeUser,
  srpA: string | undefined,
  deviceKey?: string,
  /** More for the session to remember, e.g. that a CUSTOM_AUTH script follows the proof. */
  extra: Partial<SessionState> = {},
) {
  if (user.status === "RESET_REQUIRED") {
    throw new FakeCognitoError("PasswordResetRequiredException", "Password reset required for the user");
  }
  if (user.password === undefined) throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
  const salt = state.salts.get(user.username) ?? randomSalt();
  state.salts.set(user.username, salt);
  const poolName = userPoolName(state.pool.userPoolId);
  const verifier = await srpVerifier(poolName, user.username, user.password, BigInt(`0x${salt}`));
  const srp = await startSrpRound({ srpA, verifier, salt, poolName, userId: user.username });
  if (!srp) throw new FakeCognitoError("InvalidParameterException", "SRP_A is missing or invalid.");
  return state.challenge(
    "PASSWORD_VERIFIER",
    user,
    { ...extra, srp, ...(deviceKey ? { deviceKey } : {}) },
    { ...srpChallengeParameters(srp), USERNAME: user.username },
  );
}

export async function checkClaim(
  state: PoolState,
  srp: SrpRound | undefined,
  responses: StringMap,
): Promise<void> {
  if (!srp || !(await verifySrpClaim(srp, responses, state.clock()))) {
    throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
  }
}

import { readChallenge } from "../../challenges";
import type { ChallengeName, UnknownChallengeName } from "../../names";
import type { AuthResponse } from "../../types";
import type { ValidationIssue } from "../errors";
import {
  authenticationResultOf,
  type Checked,
  check,
  defined,
  normalizeParameters,
  type WireAuthResponse,
  wireAuthResponse,
} from "./wire";

type AnyChallengeName = ChallengeName | UnknownChallengeName;

/**
 * Parses the body of InitiateAuth and RespondToAuthChallenge. Beyond the field types it checks what
 * the flow depends on: exactly one outcome (a challenge or tokens), and the parameters of a known
 * challenge decode. An unknown challenge name is not an error here: the UI shows it as unsupported.
 */
export function parseAuthResponse(body: unknown): Checked<AuthResponse> {
  const parsed = check(wireAuthResponse, body);
  if (!parsed.ok) return parsed;
  const wire = parsed.value;
  const result = wire.AuthenticationResult;
  const response: AuthResponse = defined({
    challengeName: wire.ChallengeName as AnyChallengeName | undefined,
    session: wire.Session,
    challengeParameters: wire.ChallengeParameters && normalizeParameters(wire.ChallengeParameters),
    availableChallenges: wire.AvailableChallenges as AnyChallengeName[] | undefined,
    authenticationResult: result && authenticationResultOf(result),
  }) as AuthResponse;

  const issues: ValidationIssue[] = [];
  if (response.challengeName === undefined && response.authenticationResult === undefined) {
    issues.push({ path: "", message: "expected ChallengeName or AuthenticationResult" });
  } else if (response.challengeName !== undefined && response.authenticationResult !== undefined) {
    issues.push({ path: "", message: "expected ChallengeName or AuthenticationResult, not both" });
  } else if (response.challengeName !== undefined) {
    issues.push(...readChallenge(response).issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: response };
}

/** The wire JSON (PascalCase) of an auth response: for fixtures, fakes and tests. */
export function authResponseToWire(response: AuthResponse): WireAuthResponse {
  const result = response.authenticationResult;
  return defined({
    ChallengeName: response.challengeName,
    Session: response.session,
    ChallengeParameters: response.challengeParameters,
    AvailableChallenges: response.availableChallenges,
    AuthenticationResult:
      result &&
      defined({
        AccessToken: result.accessToken,
        IdToken: result.idToken,
        RefreshToken: result.refreshToken,
        ExpiresIn: result.expiresIn,
        TokenType: result.tokenType,
        NewDeviceMetadata:
          result.newDeviceMetadata &&
          defined({
            DeviceKey: result.newDeviceMetadata.deviceKey,
            DeviceGroupKey: result.newDeviceMetadata.deviceGroupKey,
          }),
      }),
  }) as WireAuthResponse;
}

/**
 * What loads with the first answer (core/lazy.ts loads it as the first request goes out, in parallel
 * with it): each operation's response parser (zod-checked, PascalCase → camelCase), the typed view of
 * challenges, the answers to them, the exception names each operation documents, threat protection's
 * context. The public `/protocol` entry (src/protocol.ts) names what apps may use of it.
 */
export { answerChallenge } from "./answers";
export { parseChallenge, readChallenge } from "./challenges";
export { OPERATION_EXCEPTIONS } from "./client/exceptions";
export { associateSoftwareTokenOperation } from "./client/operations/associateSoftwareToken";
export { authResponseToWire, parseAuthResponse } from "./client/operations/authResponse";
export { confirmDeviceOperation } from "./client/operations/confirmDevice";
export { initiateAuthOperation } from "./client/operations/initiateAuth";
export { respondToAuthChallengeOperation } from "./client/operations/respondToAuthChallenge";
export { updateDeviceStatusOperation } from "./client/operations/updateDeviceStatus";
export { verifySoftwareTokenOperation } from "./client/operations/verifySoftwareToken";
export { readAnswer } from "./client/readAnswer";
export { withUserContext } from "./client/userContext";

import type { SignInOperationName } from "./client/operationNames";
import { associateSoftwareTokenOperation as associate } from "./client/operations/associateSoftwareToken";
import { confirmDeviceOperation as confirm } from "./client/operations/confirmDevice";
import { initiateAuthOperation as initiate } from "./client/operations/initiateAuth";
import { respondToAuthChallengeOperation as respond } from "./client/operations/respondToAuthChallenge";
import { updateDeviceStatusOperation as update } from "./client/operations/updateDeviceStatus";
import { verifySoftwareTokenOperation as verify } from "./client/operations/verifySoftwareToken";

/** Each sign-in operation's reader, by name: how the client checks and translates what came back. */
export const readers = {
  InitiateAuth: initiate.parseResponse,
  RespondToAuthChallenge: respond.parseResponse,
  AssociateSoftwareToken: associate.parseResponse,
  VerifySoftwareToken: verify.parseResponse,
  ConfirmDevice: confirm.parseResponse,
  UpdateDeviceStatus: update.parseResponse,
} as const satisfies Record<SignInOperationName, unknown>;

export type { SignInOperationName };

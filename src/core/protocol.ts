/**
 * Reading Cognito's answers and answering its challenges: each operation's response parser (zod-checked,
 * PascalCase → camelCase), the typed view of challenges, the answers to them, and the exception names
 * each operation documents. Not part of a page's first
 * load: the client loads it (protocolLoader.ts) as the first request goes out, in parallel with it.
 * Also the package's `/protocol` entry.
 */
export { answerChallenge } from "./answers";
export { parseChallenge, readChallenge } from "./challenges";
export { OPERATION_EXCEPTIONS } from "./client/exceptions";
export { associateSoftwareTokenOperation } from "./client/operations/associateSoftwareToken";
export { authResponseToWire, parseAuthResponse } from "./client/operations/authResponse";
export { confirmDeviceOperation } from "./client/operations/confirmDevice";
export { initiateAuthOperation } from "./client/operations/initiateAuth";
export { respondToAuthChallengeOperation } from "./client/operations/respondToAuthChallenge";
export {
  getTokensFromRefreshTokenOperation,
  getUserOperation,
  globalSignOutOperation,
  revokeTokenOperation,
} from "./client/operations/tokens";
export { updateDeviceStatusOperation } from "./client/operations/updateDeviceStatus";
export { verifySoftwareTokenOperation } from "./client/operations/verifySoftwareToken";
export { readAnswer } from "./client/readAnswer";

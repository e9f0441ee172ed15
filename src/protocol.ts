/**
 * cognito-challenge-ui/protocol: reading Cognito's answers without the client: `parseChallenge` and
 * `readChallenge` (the typed view of a challenge), `answerChallenge`, each operation's response parser,
 * and the exception names. The client and the stores load the same modules by themselves when the first
 * request goes out (core/protocol.lazy.ts, which also carries the sign-in's later steps, not public);
 * import them here to read responses you got some other way. Each operation's request is its command,
 * in the main entry (`initiateAuthCommand.request(…)`).
 */
export { answerChallenge } from "./core/answers";
export { parseChallenge, readChallenge } from "./core/challenges";
export { OPERATION_EXCEPTIONS } from "./core/client/exceptions";
export { associateSoftwareTokenOperation } from "./core/client/operations/associateSoftwareToken";
export { authResponseToWire, parseAuthResponse } from "./core/client/operations/authResponse";
export { confirmDeviceOperation } from "./core/client/operations/confirmDevice";
export { initiateAuthOperation } from "./core/client/operations/initiateAuth";
export { respondToAuthChallengeOperation } from "./core/client/operations/respondToAuthChallenge";
export { updateDeviceStatusOperation } from "./core/client/operations/updateDeviceStatus";
export { verifySoftwareTokenOperation } from "./core/client/operations/verifySoftwareToken";
export { readAnswer } from "./core/client/readAnswer";
export { readers, type SignInOperationName } from "./core/protocol.lazy";

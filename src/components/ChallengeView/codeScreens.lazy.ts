// The code steps, loaded together by <SignIn> (see the registry, lazy.ts): the one screen of a code
// Cognito sent, and the authenticator's.
export { SentCodeChallenge } from "../SentCodeChallenge/SentCodeChallenge";
export { SoftwareTokenMfaChallenge } from "../SoftwareTokenMfaChallenge/SoftwareTokenMfaChallenge";

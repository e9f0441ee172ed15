export { SoftwareTokenMfaChallenge, type SoftwareTokenMfaChallengeProps } from "./SoftwareTokenMfaChallenge";

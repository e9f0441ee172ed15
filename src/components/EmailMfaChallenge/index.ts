export { EmailMfaChallenge, type EmailMfaChallengeProps } from "./EmailMfaChallenge";

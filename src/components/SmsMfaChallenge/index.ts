export { SmsMfaChallenge, type SmsMfaChallengeProps } from "./SmsMfaChallenge";

export { UnsupportedChallenge, type UnsupportedChallengeProps } from "./UnsupportedChallenge";

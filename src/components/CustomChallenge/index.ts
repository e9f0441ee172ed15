export { CustomChallenge, type CustomChallengeProps } from "./CustomChallenge";

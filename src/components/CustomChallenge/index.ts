export { CustomChallenge, type CustomChallengeProps } from "./CustomChallenge.lazy";

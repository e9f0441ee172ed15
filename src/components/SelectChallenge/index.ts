export { orderChoices, SelectChallenge, type SelectChallengeProps } from "./SelectChallenge.lazy";

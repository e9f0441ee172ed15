export { type ChallengeComponents, ChallengeView, type ChallengeViewProps } from "./ChallengeView";

export { ChallengeLayout, type ChallengeLayoutProps } from "./ChallengeLayout";

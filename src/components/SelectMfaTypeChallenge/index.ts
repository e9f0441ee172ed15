export { SelectMfaTypeChallenge, type SelectMfaTypeChallengeProps } from "./SelectMfaTypeChallenge.lazy";

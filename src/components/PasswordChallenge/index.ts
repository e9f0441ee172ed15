export { PasswordChallenge, type PasswordChallengeProps } from "./PasswordChallenge.lazy";

export {
  attributeLabel,
  NewPasswordChallenge,
  type NewPasswordChallengeProps,
  type PasswordPolicy,
} from "./NewPasswordChallenge.lazy";

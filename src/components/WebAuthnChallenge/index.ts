export {
  type CredentialsLike,
  WebAuthnChallenge,
  type WebAuthnChallengeProps,
} from "./WebAuthnChallenge.lazy";

export { MfaSetupChallenge, type MfaSetupChallengeProps } from "./MfaSetupChallenge.lazy";
export { QrCode, type QrCodeProps } from "./QrCode";

export { MfaSetupChallenge, type MfaSetupChallengeProps } from "./MfaSetupChallenge";
export { QrCode, type QrCodeProps } from "./QrCode";

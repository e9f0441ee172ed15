export { SmsOtpChallenge, type SmsOtpChallengeProps } from "./SmsOtpChallenge";

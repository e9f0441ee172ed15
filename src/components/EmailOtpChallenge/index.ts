export { EmailOtpChallenge, type EmailOtpChallengeProps } from "./EmailOtpChallenge";

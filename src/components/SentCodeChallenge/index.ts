export {
  EmailMfaChallenge,
  type EmailMfaChallengeProps,
  EmailOtpChallenge,
  type EmailOtpChallengeProps,
  SentCodeChallenge,
  type SentCodeChallengeName,
  type SentCodeChallengeProps,
  SmsMfaChallenge,
  type SmsMfaChallengeProps,
  SmsOtpChallenge,
  type SmsOtpChallengeProps,
} from "./SentCodeChallenge";

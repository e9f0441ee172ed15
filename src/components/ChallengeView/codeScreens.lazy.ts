// The code steps, loaded together by <SignIn> (see screens.ts).
export { EmailMfaChallenge } from "../EmailMfaChallenge/EmailMfaChallenge";
export { EmailOtpChallenge } from "../EmailOtpChallenge/EmailOtpChallenge";
export { SmsMfaChallenge } from "../SmsMfaChallenge/SmsMfaChallenge";
export { SmsOtpChallenge } from "../SmsOtpChallenge/SmsOtpChallenge";
export { SoftwareTokenMfaChallenge } from "../SoftwareTokenMfaChallenge/SoftwareTokenMfaChallenge";

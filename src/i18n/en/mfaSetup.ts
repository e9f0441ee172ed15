/** English: MFA_SETUP, and the authenticator set-up it shares with the account page. */
export const mfaSetupEn = {
  "common.copy": "Copy",
  "common.copied": "Copied",
  "common.copyFailed": "Could not copy. Select the text and copy it yourself.",
  "mfaSetup.title": "Set up two-step verification",
  "mfaSetup.chooseMethod": "Choose a second step for signing in.",
  "mfaSetup.SOFTWARE_TOKEN_MFA": "Authenticator app",
  "mfaSetup.EMAIL_OTP": "Email",
  "mfaSetup.SMS_MFA": "Text message",
  "mfaSetup.smsUnavailable":
    "Text-message verification needs a phone number on your account. Ask your administrator.",
  "mfaSetup.smsOnly":
    "Your account needs two-step verification by text message, but it has no phone number yet. Add one to your account (or ask your administrator), then start again.",
  "mfaSetup.start": "Set up an authenticator app",
  "mfaSetup.scan": "Scan this QR code with your authenticator app.",
  "mfaSetup.qrLabel": "QR code for your authenticator app",
  "mfaSetup.cantScan": "Can't scan it?",
  "mfaSetup.openApp": "Open in authenticator app",
  "mfaSetup.secretLabel": "Setup key",
  "mfaSetup.secretInstructions": "Enter this key in your authenticator app, as a time-based key.",
  "mfaSetup.code": "Code from the app",
  "mfaSetup.codeRequired": "Enter the 6-digit code from the app.",
  "mfaSetup.deviceName": "Name for this authenticator (optional)",
  "mfaSetup.verify": "Verify and finish",
  "mfaSetup.emailLabel": "Email address for codes",
  "mfaSetup.emailRequired": "Enter an email address.",
  "mfaSetup.emailSubmit": "Send a code",
} as const;

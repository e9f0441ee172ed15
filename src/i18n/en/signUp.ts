/** English: the sign-up's form (the first load of <SignUp>). */
export const signUpEn = {
  "signUp.title": "Create your account",
  "signUp.username": "Username",
  "signUp.email": "Email",
  "signUp.phone": "Phone number",
  "signUp.emailOrPhone": "Email or phone number",
  "signUp.emailOrPhoneInvalid":
    "Enter an email address, or a phone number that starts with + and its country code.",
  "signUp.country": "Country or calling code",
  "signUp.invalidPhone": "Enter a complete phone number.",
  "signUp.password": "Password",
  "signUp.passwordRequired": "Choose a password.",
  "signUp.optional": "(optional)",
  "signUp.required": "Fill in {label}.",
  "signUp.invalidEmail": "Enter an email address like name@example.com.",
  "signUp.consentRequired": "Accept this to create an account.",
  "signUp.submit": "Create account",
  "signUp.pending": "Creating your account…",
  "signUp.exists": "An account with this username already exists. Sign in instead?",
  "signUp.signIn": "Sign in instead",
  "signUp.haveAccount": "Already have an account? Sign in",
} as const;

/**
 * Loads what <SignIn> and the client load on demand before a file's tests start their clocks (unit tests
 * call it in beforeAll; the stories' preview runs it as its beforeAll). On a loaded
 * machine the first transform of these modules can take seconds, a cost of the file and of no single
 * test: paid inside the first test, it ran that test close to its timeout. Each test still loads them
 * through the library's own `import()`, which then finds them ready.
 */
export async function warmLazyModules(): Promise<void> {
  await Promise.all([
    warmCoreModules(),
    import("../../src/i18n/en/exceptions.lazy"),
    import("../../src/components/SignIn/laterSteps.lazy"),
    import("../../src/components/SignIn/accountJourneys.lazy"),
    import("../../src/components/RememberDeviceStep/RememberDeviceStep.lazy"),
    import("../../src/components/ChallengeView/codeScreens.lazy"),
    import("../../src/components/SelectChallenge/SelectChallenge.lazy"),
    import("../../src/components/PasswordChallenge/PasswordChallenge.lazy"),
    import("../../src/components/SelectMfaTypeChallenge/SelectMfaTypeChallenge.lazy"),
    import("../../src/components/MfaSetupChallenge/MfaSetupChallenge.lazy"),
    import("../../src/components/NewPasswordChallenge/NewPasswordChallenge.lazy"),
    import("../../src/components/CustomChallenge/CustomChallenge.lazy"),
    import("../../src/components/WebAuthnChallenge/WebAuthnChallenge.lazy"),
    import("../../src/components/SignUp/laterSteps.lazy"),
    import("../../src/components/PhoneField/PhoneInput.lazy"),
    import("qrcode.react"),
  ]);
}

/** The core's own lazy modules alone, for tests of the client and the stores without React. */
export async function warmCoreModules(): Promise<void> {
  await Promise.all([
    import("../../src/core/protocol.lazy"),
    import("../../src/core/signIn/steps.lazy"),
    import("../../src/core/signIn/srpSteps.lazy"),
    import("../../src/core/signIn/passkeyAutofill.lazy"),
    import("../../src/core/webauthn/webauthn.lazy"),
    import("../../src/core/signUp/steps.lazy"),
  ]);
}

/**
 * cognito-challenge-ui/testing: a fake Cognito for stories, tests and demos. Not part of the main entry,
 * so apps never ship it.
 */

export { createFakeCognito, type FakeCognito, type PublicKeyCredentialJSON } from "./fakeCognito";
export { maskEmail, maskPhone } from "./mask";
export { secretHashFor } from "./pool";
export { DEMO_TOTP_SECRET, type FakeScenario, type ScenarioId, scenarios } from "./scenarios";
export { type FakeSignInProps, fakeSignInProps } from "./signInProps";
export { generateTotp, newTotpSecret, verifyTotp } from "./totp";
export type {
  CustomChallengeStep,
  Delivery,
  FakeCall,
  FakeCognitoOptions,
  FakePasskey,
  FakePool,
  FakeUser,
  FakeUserStatus,
  InjectedFault,
  PreSignUpEvent,
  PreSignUpResult,
} from "./types";

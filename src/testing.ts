/**
 * cognito-challenge-ui/testing: the fake Cognito (src/testing, plain TypeScript, for servers, scripts and
 * tests) and the outbox that shows the codes it "sends" (a React component, loaded only by apps that
 * render it). Never part of the main entry, so apps that do not import it never ship it.
 */

export { FakeCognitoOutbox, type FakeCognitoOutboxProps } from "./components/FakeCognitoOutbox";
export { createFakeCognito, type FakeCognito, type PublicKeyCredentialJSON } from "./testing/fakeCognito";
export { maskEmail, maskPhone } from "./testing/mask";
export { secretHashFor } from "./testing/pool";
export { DEMO_TOTP_SECRET, type FakeScenario, type ScenarioId, scenarios } from "./testing/scenarios";
export { type FakeSignInProps, fakeSignInProps } from "./testing/signInProps";
export { generateTotp, newTotpSecret, verifyTotp } from "./testing/totp";
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
} from "./testing/types";

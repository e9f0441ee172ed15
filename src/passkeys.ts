/**
 * cognito-challenge-ui/passkeys: a signed-in user's passkeys. Their operations as commands
 * (StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials,
 * DeleteWebAuthnCredential, GetUserAuthFactors), <Passkeys> for an account page, and the journeys under
 * it: `passkeyEnrolment` (`createPasskeyEnrolment`, `usePasskeyEnrolment`) and `passkeyList`
 * (`createPasskeyList`, `usePasskeyList`); `passkeyOffer()`, the offer of a passkey once signed in, for
 * `<SignIn offerPasskey>` and `<SignUp offerPasskey>`. Not in the main entry: an app that renders only a sign-in
 * pays nothing for passkeys' management.
 */

export {
  type PasskeyOffer,
  PasskeyOfferStep,
  type PasskeyOfferStepProps,
  passkeyOffer,
} from "./components/PasskeyOffer";
export { Passkeys, type PasskeysProps } from "./components/Passkeys";
export type {
  CompleteWebAuthnRegistrationError,
  CompleteWebAuthnRegistrationExceptionName,
  DeleteWebAuthnCredentialError,
  DeleteWebAuthnCredentialExceptionName,
  GetUserAuthFactorsError,
  GetUserAuthFactorsExceptionName,
  ListWebAuthnCredentialsError,
  ListWebAuthnCredentialsExceptionName,
  StartWebAuthnRegistrationError,
  StartWebAuthnRegistrationExceptionName,
} from "./core/client/errors";
export { completeWebAuthnRegistrationCommand } from "./core/commands/completeWebAuthnRegistration";
export { deleteWebAuthnCredentialCommand } from "./core/commands/deleteWebAuthnCredential";
export { getUserAuthFactorsCommand } from "./core/commands/getUserAuthFactors";
export { listWebAuthnCredentialsCommand } from "./core/commands/listWebAuthnCredentials";
export { startWebAuthnRegistrationCommand } from "./core/commands/startWebAuthnRegistration";
export { createPasskeyEnrolment } from "./core/passkeys/createPasskeyEnrolment";
export { createPasskeyList } from "./core/passkeys/createPasskeyList";
export {
  type CreatePasskeyEnrolmentOptions,
  type PasskeyEnrolmentActions,
  type PasskeyEnrolmentOptions,
  type PasskeyEnrolmentState,
  type PasskeyEnrolmentStore,
  passkeyEnrolment,
} from "./core/passkeys/enrolment";
export { passkeyErrorHint } from "./core/passkeys/hints";
export {
  type CreatePasskeyListOptions,
  type CredentialSignals,
  isLastWayIn,
  LastWayInError,
  type PasskeyListActions,
  type PasskeyListOptions,
  type PasskeyListState,
  type PasskeyListStore,
  passkeyList,
} from "./core/passkeys/list";
export type {
  CompleteWebAuthnRegistrationInput,
  DeleteWebAuthnCredentialInput,
  GetUserAuthFactorsInput,
  GetUserAuthFactorsResponse,
  ListWebAuthnCredentialsInput,
  ListWebAuthnCredentialsResponse,
  StartWebAuthnRegistrationInput,
  StartWebAuthnRegistrationResponse,
  WebAuthnCredentialDescription,
} from "./core/types";
export type { CredentialCreatorLike } from "./core/webauthn/creation";
export {
  type UsePasskeyEnrolmentOptions,
  type UsePasskeyEnrolmentResult,
  usePasskeyEnrolment,
} from "./hooks/usePasskeyEnrolment";
export {
  type UsePasskeyListOptions,
  type UsePasskeyListResult,
  usePasskeyList,
} from "./hooks/usePasskeyList";

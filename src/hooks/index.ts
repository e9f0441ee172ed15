export { CognitoProvider, type CognitoProviderProps, useCognitoClient } from "./CognitoProvider";
export {
  associateSoftwareTokenMutationOptions,
  cognitoMutationKeys,
  initiateAuthMutationOptions,
  type MutationVariables,
  respondToAuthChallengeMutationOptions,
  verifySoftwareTokenMutationOptions,
} from "./mutationOptions";
export { useAssociateSoftwareToken } from "./useAssociateSoftwareToken";
export { useInitiateAuth } from "./useInitiateAuth";
export { useRespondToAuthChallenge } from "./useRespondToAuthChallenge";
export {
  type SignInActions,
  type StartOptions,
  type UseSignInOptions,
  type UseSignInResult,
  useSignIn,
} from "./useSignIn";
export {
  type TotpSetupState as AccountTotpSetupState,
  type UseTotpSetupOptions,
  type UseTotpSetupResult,
  useTotpSetup,
} from "./useTotpSetup";
export { useVerifySoftwareToken } from "./useVerifySoftwareToken";

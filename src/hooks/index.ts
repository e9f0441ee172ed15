export { CognitoProvider, type CognitoProviderProps, useCognitoClient } from "./CognitoProvider";
export {
  associateSoftwareTokenMutationOptions,
  cognitoMutationKeys,
  confirmDeviceMutationOptions,
  initiateAuthMutationOptions,
  type MutationVariables,
  respondToAuthChallengeMutationOptions,
  updateDeviceStatusMutationOptions,
  verifySoftwareTokenMutationOptions,
} from "./mutationOptions";
export type { UseAccountConfirmationOptions, UseAccountConfirmationResult } from "./useAccountConfirmation";
export { useAssociateSoftwareToken } from "./useAssociateSoftwareToken";
export { useConfirmDevice } from "./useConfirmDevice";
export { useInitiateAuth } from "./useInitiateAuth";
export type { UsePasswordResetOptions, UsePasswordResetResult } from "./usePasswordReset";
export { useRespondToAuthChallenge } from "./useRespondToAuthChallenge";
export { type UseSessionResult, useSession } from "./useSession";
export { type UseSignInOptions, type UseSignInResult, useSignIn } from "./useSignIn";
export {
  type TotpSetupState as AccountTotpSetupState,
  type UseTotpSetupOptions,
  type UseTotpSetupResult,
  useTotpSetup,
} from "./useTotpSetup";
export { useUpdateDeviceStatus } from "./useUpdateDeviceStatus";
export { useVerifySoftwareToken } from "./useVerifySoftwareToken";

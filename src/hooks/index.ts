export { CognitoProvider, type CognitoProviderProps, useCognitoClient } from "./CognitoProvider";
export { commandMutationOptions, type MutationVariables } from "./mutations";
export type { UseAccountConfirmationOptions, UseAccountConfirmationResult } from "./useAccountConfirmation";
export { useAssociateSoftwareToken } from "./useAssociateSoftwareToken";
export { useCommand } from "./useCommand";
export { useConfirmDevice } from "./useConfirmDevice";
export { useInitiateAuth } from "./useInitiateAuth";
export { useJourney } from "./useJourney";
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

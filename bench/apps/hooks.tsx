/**
 * Every hook and no component, from the `/hooks` entry: what an app with its own markup ships. The hooks are kept by handing
 * them to the page, as an app's own components would use them.
 */
import {
  CognitoProvider,
  useAssociateSoftwareToken,
  useConfirmDevice,
  useInitiateAuth,
  useRespondToAuthChallenge,
  useSignIn,
  useTotpSetup,
  useUpdateDeviceStatus,
  useVerifySoftwareToken,
} from "cognito-challenge-ui/hooks";

(window as unknown as { keep: unknown }).keep = [
  CognitoProvider,
  useAssociateSoftwareToken,
  useConfirmDevice,
  useInitiateAuth,
  useRespondToAuthChallenge,
  useSignIn,
  useTotpSetup,
  useUpdateDeviceStatus,
  useVerifySoftwareToken,
];

/** The four operation hooks and the provider, without the sign-in flow: the smallest useful slice. */
import {
  CognitoProvider,
  useAssociateSoftwareToken,
  useInitiateAuth,
  useRespondToAuthChallenge,
  useVerifySoftwareToken,
} from "cognito-challenge-ui";

(window as unknown as { keep: unknown }).keep = [
  CognitoProvider,
  useAssociateSoftwareToken,
  useInitiateAuth,
  useRespondToAuthChallenge,
  useVerifySoftwareToken,
];

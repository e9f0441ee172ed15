/**
 * cognito-challenge-ui/srp: SRP for apps that run their own flow over the hooks or the client.
 * Its own entry because <SignIn> and useSignIn load SRP only when a sign-in needs it: re-exported from
 * the main entry, it would sit in the main import graph, and bundlers would load it with the page.
 */
export {
  createDeviceVerifier,
  createSrpEphemeral,
  type DeviceVerifier,
  passwordClaim,
  type SrpChallengeValues,
  type SrpEphemeral,
  SrpError,
  srpTimestamp,
  userPoolName,
} from "./core/srp/srp";

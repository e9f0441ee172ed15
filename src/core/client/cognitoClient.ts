/**
 * What a client is, apart from how `createCognitoClient` makes one (client.ts): types only, so that the
 * journeys' types and the modules that load on demand can name it without importing the client, which
 * imports the registry that loads them.
 */
import type { Command } from "../commands/command";
import type {
  AssociateSoftwareTokenInput,
  AssociateSoftwareTokenResponse,
  CallOptions,
  ConfirmDeviceInput,
  ConfirmDeviceResponse,
  InitiateAuthInput,
  InitiateAuthResponse,
  RespondToAuthChallengeInput,
  RespondToAuthChallengeResponse,
  UpdateDeviceStatusInput,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResponse,
} from "../types";

export interface CognitoClient {
  /** The URL every call is posted to. */
  readonly endpoint: string;
  readonly clientId: string;
  /** The user pool id, when it was given: SRP needs the pool's name. */
  readonly userPoolId: string | undefined;
  initiateAuth(input: InitiateAuthInput, options?: CallOptions): Promise<InitiateAuthResponse>;
  respondToAuthChallenge(
    input: RespondToAuthChallengeInput,
    options?: CallOptions,
  ): Promise<RespondToAuthChallengeResponse>;
  associateSoftwareToken(
    input: AssociateSoftwareTokenInput,
    options?: CallOptions,
  ): Promise<AssociateSoftwareTokenResponse>;
  verifySoftwareToken(
    input: VerifySoftwareTokenInput,
    options?: CallOptions,
  ): Promise<VerifySoftwareTokenResponse>;
  /** Registers a device issued at sign-in (NewDeviceMetadata) with its SRP verifier. */
  confirmDevice(input: ConfirmDeviceInput, options?: CallOptions): Promise<ConfirmDeviceResponse>;
  /** Remembers a confirmed device, or stops remembering it. */
  updateDeviceStatus(input: UpdateDeviceStatusInput, options?: CallOptions): Promise<void>;
  /**
   * Sends any operation, as its command defines it (core/commands/): the request built within the call
   * (what fails there, such as the app's `secretHash`, is a NetworkError), with its SECRET_HASH, the same
   * transport, timeout and typed errors as the methods above, and the answer read by the command's reader.
   * The methods above are this, for the sign-in's operations.
   */
  send<Input extends object, Output>(
    command: Command<Input, Output, unknown>,
    input: Input,
    options?: CallOptions,
  ): Promise<Output>;
  /** SECRET_HASH for a username from the options' `secretHash`; undefined for a client without a secret. */
  secretHashFor(username: string): Promise<string | undefined>;
}

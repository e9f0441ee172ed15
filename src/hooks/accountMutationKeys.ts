import { MutationObserver, type MutationOptions, type QueryClient } from "@tanstack/react-query";
import type { CallOptions } from "../core/types";
import type { MutationVariables } from "./operationMutationOptions";

// Apart from the mutations' options: a module that reaches nothing of the first load, for the account
// steps inside <SignIn>, which load on demand (they get `operationMutationOptions` from a JourneyKit).
export const accountMutationKeys = {
  forgotPassword: ["cognito-challenge-ui", "ForgotPassword"],
  confirmForgotPassword: ["cognito-challenge-ui", "ConfirmForgotPassword"],
  resendConfirmationCode: ["cognito-challenge-ui", "ResendConfirmationCode"],
  confirmSignUp: ["cognito-challenge-ui", "ConfirmSignUp"],
} as const;

/**
 * One of these options as a journey's port call: each call a fresh observer on the app's QueryClient (so
 * its MutationCache and devtools see it), leaving the cache as it settles and keeping no result behind.
 */
export function mutateWith<Data, TError, Input extends object>(
  queryClient: QueryClient,
  options: MutationOptions<Data, TError, MutationVariables<Input>>,
) {
  return (input: Input, callOptions?: CallOptions) =>
    new MutationObserver(queryClient, options).mutate({ ...input, ...callOptions });
}

import { type MutationFunctionContext, mutationOptions, type QueryClient } from "@tanstack/react-query";
import type { CognitoClient } from "../core/client/client";
import { type Command, commandKey } from "../core/commands/command";
import type { Send } from "../core/journey/journey";
import type { CallOptions } from "../core/types";

/** A call's input, plus the `signal` that cancels it. */
export type MutationVariables<Input> = Input & CallOptions;

/**
 * React Query keeps a mutation's variables (passwords, codes) and data (tokens, TOTP secrets) in its cache
 * until garbage collection. These mutations leave the cache as they settle, so nothing secret outlives
 * the call there; the result still reaches the caller through the hook and the mutate callbacks.
 */
function forgetSettled(variables: unknown, context: MutationFunctionContext): void {
  const cache = context.client.getMutationCache();
  for (const mutation of cache.findAll({ mutationKey: context.mutationKey, exact: true })) {
    if (mutation.state.variables === variables) cache.remove(mutation);
  }
}

/**
 * What every operation's mutation shares: no retry (a code or a session must not be sent twice unasked),
 * and `networkMode: "always"`. React Query's default ("online") would pause a call while the browser
 * says it is offline: the sign-in would spin, its request waiting in the cache (and in `dehydrate()`,
 * which persisters write to storage). Sent at once, it fails at once as a NetworkError the step can say.
 */
const shared = { gcTime: 0, retry: false, networkMode: "always" } as const;

/**
 * Options for `useMutation` that send one command (`commandMutationOptions(client, forgotPasswordCommand)`),
 * keyed `["cognito-challenge-ui", name]`, its error typed with the operation's union. Its variables are
 * the request and its data the answer, secrets included, so `meta.sensitive` marks it for the app's
 * MutationCache callbacks, devtools and persisters; it leaves the cache as soon as it settles.
 */
export function commandMutationOptions<Input extends object, Output, Error>(
  client: CognitoClient,
  command: Command<Input, Output, Error>,
) {
  return mutationOptions<Output, Error, MutationVariables<Input>>({
    ...shared,
    meta: { sensitive: true },
    mutationKey: commandKey(command),
    mutationFn: ({ signal, ...input }) =>
      client.send(command, input as unknown as Input, signal === undefined ? undefined : { signal }),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/**
 * A journey's `send` (sign-in, reset, confirmation, TOTP set-up) whose calls are mutations that hold no
 * secret: the app's MutationCache callbacks and devtools see each start, succeed or fail under its
 * command's key, but its variables and data are empty, since the request and the answer stay in this
 * closure. Each leaves the cache as it settles.
 */
export function sealedSend(queryClient: QueryClient, client: CognitoClient): Send {
  return async (command, input, callOptions) => {
    let answer: unknown;
    const cache = queryClient.getMutationCache();
    const mutation = cache.build<void, unknown, void, unknown>(queryClient, {
      ...shared,
      mutationKey: commandKey(command),
      mutationFn: async () => {
        answer = await client.send(command, input, callOptions);
      },
    });
    try {
      await mutation.execute();
    } finally {
      cache.remove(mutation);
    }
    // biome-ignore lint/suspicious/noExplicitAny: the command's output, set by the call above
    return answer as any;
  };
}

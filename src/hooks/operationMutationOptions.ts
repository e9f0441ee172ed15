import { type MutationFunctionContext, mutationOptions, type QueryClient } from "@tanstack/react-query";
import type { CallOptions } from "../core/types";

// A module of its own: the account steps that load on demand use it without reaching the sign-in's
// operations (see ARCHITECTURE.md on lazy chunks and the first load).

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

function splitSignal<Input extends object>({ signal, ...input }: MutationVariables<Input>) {
  return [input as unknown as Input, signal === undefined ? undefined : { signal }] as const;
}

/**
 * What every operation's mutation shares: no retry (a code or a session must not be sent twice unasked),
 * and `networkMode: "always"`. React Query's default ("online") would pause a call while the browser
 * says it is offline: the sign-in would spin, its request waiting in the cache (and in `dehydrate()`,
 * which persisters write to storage). Sent at once, it fails at once as a NetworkError the step can say.
 */
const shared = { gcTime: 0, retry: false, networkMode: "always" } as const;

/**
 * The options of an operation's own mutation (`useInitiateAuth`…): its variables are the request and its
 * data the answer, secrets included, so `meta.sensitive` marks it for the app's MutationCache callbacks,
 * devtools and persisters. Out of the cache as soon as it settles. `call` is the operation, given its
 * input and the signal.
 */
export function operationMutationOptions<Data, TError, Input extends object>(
  mutationKey: readonly string[],
  call: (input: Input, options?: CallOptions) => Promise<Data>,
) {
  return mutationOptions<Data, TError, MutationVariables<Input>>({
    ...shared,
    meta: { sensitive: true },
    mutationKey,
    mutationFn: (variables) => call(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/**
 * A journey's call (sign-in, reset, confirmation, TOTP set-up) as a mutation that holds no secret: the
 * app's MutationCache callbacks and devtools see it start, succeed or fail, but its variables and data
 * are empty, since the request and the answer stay in this closure. It leaves the cache as it settles.
 */
export function sealedCall<Data, Input>(
  queryClient: QueryClient,
  mutationKey: readonly string[],
  call: (input: Input, options?: CallOptions) => Promise<Data>,
): (input: Input, options?: CallOptions) => Promise<Data> {
  return async (input, callOptions) => {
    let answer: Data | undefined;
    const cache = queryClient.getMutationCache();
    const mutation = cache.build<void, unknown, void, unknown>(queryClient, {
      ...shared,
      mutationKey,
      mutationFn: async () => {
        answer = await call(input, callOptions);
      },
    });
    try {
      await mutation.execute();
    } finally {
      cache.remove(mutation);
    }
    return answer as Data;
  };
}

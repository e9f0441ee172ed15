import { type MutationFunctionContext, mutationOptions } from "@tanstack/react-query";
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
 * The options every operation's mutation shares: no retry (a code or a session must not be sent twice
 * unasked), and out of the cache as soon as it settles. `call` is the operation, given its input and the
 * signal.
 */
export function operationMutationOptions<Data, TError, Input extends object>(
  mutationKey: readonly string[],
  call: (input: Input, options?: CallOptions) => Promise<Data>,
) {
  return mutationOptions<Data, TError, MutationVariables<Input>>({
    gcTime: 0,
    retry: false,
    mutationKey,
    mutationFn: (variables) => call(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

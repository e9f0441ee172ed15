/**
 * An operation, defined once: its name on the wire, how its request is built, whose SECRET_HASH it
 * carries, and how its answer is read. `client.send(command, input)` runs any of them with the same
 * transport, timeout and typed errors; the client's methods, the React Query hooks and their mutation
 * keys are derived from these. The exception names each operation documents are listed by name in
 * client/exceptions.ts (they load with the answer readers), and typed by `Error` here.
 */

import type { OperationName } from "../client/operationNames";
import type { Checked } from "../client/operations/check";

export interface Command<Input extends object, Output, Error = unknown> {
  readonly name: OperationName;
  /**
   * The body on the wire (PascalCase) from the camelCase input, the app client's id and the SECRET_HASH
   * that `secretHashOf` asked for (undefined for a client without a secret).
   */
  request(input: Input, clientId: string, secretHash: string | undefined): unknown;
  /**
   * The username whose SECRET_HASH the request carries, where the app client has a secret; left out for
   * calls that name the user by token or session, and undefined where the input brings its own.
   */
  secretHashOf?(input: Input): string | undefined;
  /**
   * The answer's reader (zod, PascalCase → camelCase). Left out for the sign-in's operations: theirs load
   * with the answer readers (protocol), by name, as the first request goes out.
   */
  read?(body: unknown): Checked<Output>;
  /**
   * The exception names the operation documents, where they load with the command (operations no
   * sign-in calls); left out, the answer readers' list for the operation (client/exceptions.ts).
   */
  readonly exceptions?: readonly string[];
  /** Never set: the typed errors of the call, for the hooks' and the mutation options' types. */
  readonly errors?: Error;
}

/** Any command, for code that only passes them on. */
// biome-ignore lint/suspicious/noExplicitAny: the input, output and error of any command
export type AnyCommand = Command<any, any, any>;
export type InputOf<C> = C extends Command<infer Input, unknown, unknown> ? Input : never;
export type OutputOf<C> = C extends Command<object, infer Output, unknown> ? Output : never;
export type ErrorOf<C> = C extends Command<object, unknown, infer Error> ? Error : never;

/** React Query's mutation key of a command: the same for its hook, its options and the journeys' calls. */
export const commandKey = (command: { name: OperationName }) =>
  ["cognito-challenge-ui", command.name] as const;

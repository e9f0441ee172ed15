// @vitest-environment node
/**
 * Our exception lists are AWS's service model: each operation's list must equal the `@throws` names of
 * its command in the installed SDK (@aws-sdk/client-cognito-identity-provider), less the service's base
 * exception. Adding or removing a name on either side fails here.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { OperationName } from "../../src/core/client/errors";
import { OPERATION_EXCEPTIONS } from "../../src/core/client/exceptions";
import { PASSKEY_EXCEPTIONS } from "../../src/core/client/passkeyExceptions";
import { SETTINGS_EXCEPTIONS } from "../../src/core/client/settingsExceptions";

/** Every operation's list: the readers' and those the passkey and account-settings commands carry. */
const LISTS: Record<string, readonly string[]> = {
  ...OPERATION_EXCEPTIONS,
  ...PASSKEY_EXCEPTIONS,
  ...SETTINGS_EXCEPTIONS,
};

const require = createRequire(import.meta.url);
const sdkRoot = path.dirname(require.resolve("@aws-sdk/client-cognito-identity-provider/package.json"));

/** The exception names the SDK's model gives an operation, as its command's type docs list them. */
function modelExceptions(operation: OperationName): string[] {
  const file = path.join(sdkRoot, "dist-types", "commands", `${operation}Command.d.ts`);
  const names = [...readFileSync(file, "utf8").matchAll(/@throws \{@link (\w+)\}/g)].map(
    (match) => match[1] ?? "",
  );
  return [...new Set(names)].filter((name) => name !== "CognitoIdentityProviderServiceException").sort();
}

describe("exception lists match the SDK's service model", () => {
  it.each(Object.keys(LISTS) as OperationName[])("%s", (operation) => {
    const model = modelExceptions(operation);
    expect(model.length).toBeGreaterThan(5);
    expect([...(LISTS[operation] ?? [])].sort()).toEqual(model);
  });
});

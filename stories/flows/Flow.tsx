import { useState } from "react";
import { FakeCognitoOutbox } from "../../src/components/FakeCognitoOutbox";
import { SignIn, type SignInProps } from "../../src/components/SignIn";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import { createFakeCognito, type FakeCognito, type ScenarioId, scenarios } from "../../src/testing/index";

export interface FlowArgs extends Partial<SignInProps> {
  scenario: ScenarioId;
  latencyMs?: number;
  /** Answer WEB_AUTHN with the fake's assertion instead of a real authenticator (demo only). */
  simulatePasskey?: boolean;
  /**
   * The fake answers with the real service's variety (null members, missing USER_ID_FOR_SRP, errors in
   * headers…); on by default, so every flow story is played against it.
   */
  realism?: boolean;
}

/**
 * Stands in for the browser's autofill list in the simulated passkey: the passkey is "chosen" once the
 * username field has focus.
 */
function usernameFocused(signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if ((document.activeElement as HTMLInputElement | null)?.name === "username") return resolve();
    const onFocus = (event: FocusEvent) => {
      if ((event.target as HTMLInputElement).name !== "username") return;
      document.removeEventListener("focusin", onFocus);
      resolve();
    };
    document.addEventListener("focusin", onFocus);
    signal?.addEventListener("abort", () => {
      document.removeEventListener("focusin", onFocus);
      reject(new DOMException("Aborted", "AbortError"));
    });
  });
}

/** <SignIn> against a fresh fake user pool for the scenario; the outbox shows the codes it "sent". */
export function Flow({
  scenario: id,
  latencyMs = 300,
  simulatePasskey = false,
  realism = true,
  ...props
}: FlowArgs) {
  const scenario = scenarios[id];
  const [fake] = useState<FakeCognito>(() =>
    createFakeCognito({ ...scenario.options(), latencyMs, realism }),
  );
  const [signedInAs, setSignedInAs] = useState<string>();
  const [deviceStore] = useState(() => (scenario.remembersDevices ? memoryDeviceStore() : undefined));
  return (
    <div>
      <SignIn
        clientOptions={{
          clientId: fake.clientId,
          userPoolId: fake.userPoolId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        }}
        authFlow={scenario.authFlow}
        preferredChallenge={scenario.preferredChallenge}
        srp={scenario.srp}
        deviceStore={deviceStore}
        deviceName="Storybook"
        totpIssuer="cognito-challenge-ui demo"
        onSignedIn={(tokens) => setSignedInAs(tokens.accessToken ? scenario.username : undefined)}
        credentials={
          simulatePasskey
            ? {
                isConditionalMediationAvailable: async () => true,
                get: async (options) => {
                  if (options.mediation === "conditional") await usernameFocused(options.signal);
                  return { toJSON: () => fake.passkeyAssertion(scenario.username) } as unknown as Credential;
                },
              }
            : undefined
        }
        {...props}
      />
      <p hidden={!signedInAs} data-testid="signed-in">
        onSignedIn received tokens for {signedInAs}
      </p>
      <FakeCognitoOutbox fake={fake} scenario={scenario} />
    </div>
  );
}

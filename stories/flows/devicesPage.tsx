// An account page against the fake, signed in behind the scenes on three "devices", showing
// <DevicesAndSessions>: a remembered device, and three sessions where the pool tracks them.
import { DevicesAndSessions, type DevicesAndSessionsProps } from "../../src/components/DevicesAndSessions";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type DevicesPageArgs = Pick<DevicesAndSessionsProps, "colorMode" | "theme" | "messages"> & {
  /** The pool tracks sessions (ListUserSessions). Default true. */
  sessionTracking?: boolean;
};

export function DevicesPage({ sessionTracking = true, ...props }: DevicesPageArgs) {
  return (
    <SignedIn
      make={() => {
        const fake = createFakeCognito({
          users: [{ username: "rita", password: PASSWORD }],
          latencyMs: 100,
          pool: { mfa: "OFF", deviceTracking: "ALWAYS", sessionTracking },
        });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        const client = createCognitoClient(clientOptions);
        const signIn = async (deviceName?: string) => {
          const answer = await client.initiateAuth({
            authFlow: "USER_PASSWORD_AUTH",
            authParameters: { USERNAME: "rita", PASSWORD },
          });
          const tokens = answer.authenticationResult;
          const device = tokens?.newDeviceMetadata;
          if (deviceName && tokens && device?.deviceKey)
            // Stands in for a device that remembered itself (its verifier is not checked here).
            await client.confirmDevice({
              accessToken: tokens.accessToken,
              deviceKey: device.deviceKey,
              deviceName,
              deviceSecretVerifierConfig: { salt: "c2FsdA==", passwordVerifier: "dmVyaWZpZXI=" },
            });
          return tokens?.accessToken;
        };
        const token = (async () => {
          await signIn("Rita's phone");
          await signIn();
          return signIn("Rita's laptop");
        })();
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <DevicesAndSessions clientOptions={clientOptions} accessToken={accessToken} {...props} />
      )}
    </SignedIn>
  );
}

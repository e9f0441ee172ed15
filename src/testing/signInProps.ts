import type { FakeCognito } from "./fakeCognito";
import type { FakeScenario } from "./scenarios";

/** The props `<SignIn>` needs to run a scenario against its fake (plain data: no React here). */
export interface FakeSignInProps {
  /** The fake as the client's `fetch`, its app client, and its pool id (which SRP needs). */
  clientOptions: { clientId: string; userPoolId: string; endpoint: string; fetch: FakeCognito };
  authFlow: FakeScenario["authFlow"];
  preferredChallenge?: FakeScenario["preferredChallenge"];
  srp?: boolean;
}

/**
 * A scenario's `authFlow`, `preferredChallenge` and `srp`, and the fake's client options, as `<SignIn>`
 * props: `<SignIn {...fakeSignInProps(fake, scenarios.choice)} onSignedIn={…} />`.
 */
export function fakeSignInProps(fake: FakeCognito, scenario: FakeScenario): FakeSignInProps {
  return {
    clientOptions: {
      clientId: fake.clientId,
      userPoolId: fake.userPoolId,
      // Never fetched: the fake answers every request itself. `.invalid` can never resolve.
      endpoint: "http://fake-cognito.invalid/",
      fetch: fake,
    },
    authFlow: scenario.authFlow,
    ...(scenario.preferredChallenge ? { preferredChallenge: scenario.preferredChallenge } : {}),
    ...(scenario.srp ? { srp: true } : {}),
  };
}

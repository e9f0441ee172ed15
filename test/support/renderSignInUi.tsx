import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SignIn, type SignInProps } from "../../src/components/SignIn";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakeCognitoOptions, type FakeScenario } from "../../src/testing/index";
import { fakeDefaults } from "./fakeDefaults";

/** Renders <SignIn> against a fresh fake for a scenario; `user` types with a real keyboard model. */
export function renderSignInUi(
  scenario: FakeScenario,
  props: Partial<SignInProps> = {},
  fakeOptions: Partial<FakeCognitoOptions> = {},
) {
  const fake = createFakeCognito({ ...fakeDefaults, ...scenario.options(), ...fakeOptions });
  const signedIn: AuthenticationResult[] = [];
  const user = userEvent.setup();
  const view = render(
    <SignIn
      clientOptions={{
        clientId: fake.clientId,
        userPoolId: fake.userPoolId,
        endpoint: "http://fake.test/",
        fetch: fake,
      }}
      authFlow={scenario.authFlow}
      preferredChallenge={scenario.preferredChallenge}
      srp={scenario.srp}
      onSignedIn={(tokens) => signedIn.push(tokens)}
      {...props}
    />,
  );
  return { ...view, fake, signedIn, user };
}

import type {
  AuthenticationResult,
  InitiateAuthError,
  InitiateAuthResponse,
  SignInAuthFlow,
  SignInProps,
  SignInStatus,
  UseSignInResult,
  useInitiateAuth,
  useSignIn,
  useVerifySoftwareToken,
  VerifySoftwareTokenError,
} from "../../src/index";

describe("hook types", () => {
  it("SignInAuthFlow is exactly what <SignIn> and useSignIn accept for authFlow", () => {
    expectTypeOf<NonNullable<SignInProps["authFlow"]>>().toEqualTypeOf<SignInAuthFlow>();
    expectTypeOf<NonNullable<Parameters<typeof useSignIn>[0]>["authFlow"]>().toEqualTypeOf<
      SignInAuthFlow | undefined
    >();
    expectTypeOf<SignInAuthFlow>().toEqualTypeOf<
      "USER_AUTH" | "USER_PASSWORD_AUTH" | "USER_SRP_AUTH" | "CUSTOM_AUTH"
    >();
  });

  it("operation hooks are typed with their response and error union", () => {
    type Initiate = ReturnType<typeof useInitiateAuth>;
    expectTypeOf<Initiate["data"]>().toEqualTypeOf<InitiateAuthResponse | undefined>();
    expectTypeOf<Initiate["error"]>().toEqualTypeOf<InitiateAuthError | null>();
    expectTypeOf<
      ReturnType<typeof useVerifySoftwareToken>["error"]
    >().toEqualTypeOf<VerifySoftwareTokenError | null>();
    expectTypeOf<Initiate["mutateAsync"]>().returns.toEqualTypeOf<Promise<InitiateAuthResponse>>();
  });

  it("mutate takes the camelCase input and an optional signal", () => {
    type Variables = Parameters<ReturnType<typeof useInitiateAuth>["mutate"]>[0];
    expectTypeOf<{
      authFlow: "USER_AUTH";
      authParameters: { USERNAME: string };
    }>().toMatchTypeOf<Variables>();
    expectTypeOf<{
      authFlow: "USER_AUTH";
      authParameters: Record<string, string>;
      signal: AbortSignal;
    }>().toMatchTypeOf<Variables>();
    expectTypeOf<{ AuthFlow: "USER_AUTH" }>().not.toMatchTypeOf<Variables>();
  });

  it("useSignIn gives the state and the actions", () => {
    expectTypeOf<ReturnType<typeof useSignIn>>().toEqualTypeOf<UseSignInResult>();
    expectTypeOf<UseSignInResult["status"]>().toEqualTypeOf<SignInStatus>();
    expectTypeOf<UseSignInResult["start"]>().parameters.toEqualTypeOf<
      [
        string,
        (
          | {
              preferredChallenge?: "PASSWORD" | "PASSWORD_SRP" | "SMS_OTP" | "EMAIL_OTP" | "WEB_AUTHN";
              password?: string;
              session?: string;
              authParameters?: Record<string, string>;
            }
          | undefined
        )?,
      ]
    >();
    expectTypeOf<
      Parameters<NonNullable<Parameters<typeof useSignIn>[0]>["onSignedIn"] & {}>[0]
    >().toEqualTypeOf<AuthenticationResult>();
    const misuse = (result: UseSignInResult) => {
      // @ts-expect-error select takes a first factor or an MFA type, nothing else
      void result.select("NOT_A_CHOICE");
      // @ts-expect-error an answer has the shape of some challenge's answer
      void result.answer({ pin: "1234" });
    };
    expectTypeOf(misuse).toBeFunction();
  });
});

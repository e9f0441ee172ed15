"use client";
import type { ComponentType } from "react";
import { useTotpSetup } from "../../hooks/useTotpSetup";
import { useTwoFactor } from "../../hooks/useTwoFactor";
import { useFreshSignIn } from "../FreshSignIn";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { TwoFactorView } from "./TwoFactorView";
import type { TwoFactorProps, TwoFactorViewProps } from "./types";

/**
 * The account page's second step at sign-in: the authenticator app (set up here, with the QR code of
 * the sign-in's MFA_SETUP), text messages and email, each on or off, and the one asked for at sign-in.
 * Where the pool requires MFA, the last method on stays on.
 */
// Pure: an app that imports another section drops this one.
export const TwoFactor = /* @__PURE__ */ withClientBoundary(TwoFactorShell);

/** <TwoFactor>'s state (its journeys) and fresh sign-in, around a view: its own, or one loaded on demand. */
export function TwoFactorSection({
  View,
  ...props
}: TwoFactorProps & { View: ComponentType<TwoFactorViewProps> }) {
  const state = useTwoFactor({
    accessToken: props.accessToken,
    required: props.required,
    onChanged: props.onChanged,
    passkeys: props.passkeys,
  });
  // The app's set-up turns it on and makes it the one asked at sign-in.
  const setup = useTotpSetup({ accessToken: props.accessToken, turnOn: "preferred" });
  const fresh = useFreshSignIn(props.accessToken, props.freshSignIn, {
    ...lookOf(props),
    messages: props.messages,
  });
  return <View {...props} state={state} setup={setup} fresh={fresh} />;
}

function TwoFactorShell(props: TwoFactorProps) {
  return <TwoFactorSection {...props} View={TwoFactorView} />;
}

export type { TwoFactorProps, TwoFactorViewProps } from "./types";

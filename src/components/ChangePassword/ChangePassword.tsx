"use client";
import type { ComponentType } from "react";
import { usePasswordChange } from "../../hooks/usePasswordChange";
import { changePasswordEn } from "../../i18n/en/changePassword";
import { newPasswordEn } from "../../i18n/en/newPassword";
import { passwordRulesEn } from "../../i18n/en/passwordRules";
import { useFreshSignIn } from "../FreshSignIn";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { ChangePasswordView } from "./ChangePasswordView";
import type { ChangePasswordProps, ChangePasswordViewProps } from "./types";

const _sectionEn = { ...passwordRulesEn, ...newPasswordEn, ...changePasswordEn };

/**
 * The account page's password section: the current password and a new one, the pool's rules marked as
 * typed; a user who signs in without a password sets a first one (ChangePassword without the previous).
 * The passwords stay in their fields and are read from the form as it is sent, never React state.
 */
// Pure: an app that imports another section drops this one.
export const ChangePassword = /* @__PURE__ */ withClientBoundary(ChangePasswordShell);

/** <ChangePassword>'s state (its journey) and fresh sign-in, around a view: its own, or one loaded on demand. */
export function ChangePasswordSection({
  View,
  ...props
}: ChangePasswordProps & { View: ComponentType<ChangePasswordViewProps> }) {
  const state = usePasswordChange({ accessToken: props.accessToken, onChanged: props.onChanged });
  const fresh = useFreshSignIn(props.accessToken, props.freshSignIn, {
    ...lookOf(props),
    messages: props.messages,
  });
  return <View {...props} state={state} fresh={fresh} />;
}

function ChangePasswordShell(props: ChangePasswordProps) {
  return <ChangePasswordSection {...props} View={ChangePasswordView} />;
}

export type { ChangePasswordProps, ChangePasswordViewProps } from "./types";

"use client";
import type { ComponentType } from "react";
import { useDevicesAndSessions } from "../../hooks/useDevicesAndSessions";
import { useFreshSignIn } from "../FreshSignIn";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { DevicesAndSessionsView } from "./DevicesAndSessionsView";
import type { DevicesAndSessionsProps, DevicesAndSessionsViewProps } from "./types";

/**
 * The account page's devices and sessions: the remembered devices, each with "Forget"; and, where the
 * pool tracks sessions, where the user is signed in (this device marked), each other one with "Sign out",
 * and "Sign out everywhere else".
 */
// Pure: an app that imports another section drops this one.
export const DevicesAndSessions = /* @__PURE__ */ withClientBoundary(DevicesAndSessionsShell);

/** <DevicesAndSessions>'s state (its journey) and fresh sign-in, around a view: its own, or one loaded on demand. */
export function DevicesAndSessionsSection({
  View,
  ...props
}: DevicesAndSessionsProps & { View: ComponentType<DevicesAndSessionsViewProps> }) {
  const state = useDevicesAndSessions({ accessToken: props.accessToken });
  const fresh = useFreshSignIn(props.accessToken, props.freshSignIn, {
    ...lookOf(props),
    messages: props.messages,
  });
  return <View {...props} state={state} fresh={fresh} />;
}

function DevicesAndSessionsShell(props: DevicesAndSessionsProps) {
  return <DevicesAndSessionsSection {...props} View={DevicesAndSessionsView} />;
}

export type { DevicesAndSessionsProps, DevicesAndSessionsViewProps } from "./types";

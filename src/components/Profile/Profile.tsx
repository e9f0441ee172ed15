"use client";
import type { ComponentType } from "react";
import { useProfile } from "../../hooks/useProfile";
import { useFreshSignIn } from "../FreshSignIn";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { ProfileView } from "./ProfileView";
import type { ProfileProps, ProfileViewProps } from "./types";

/**
 * The account page's profile: the attributes the app names, each in the field its type asks for, saved
 * together (only what changed goes to Cognito). Not behind a fresh sign-in: none of them proves who the
 * user is.
 */
// Pure: an app that imports another section drops this one.
export const Profile = /* @__PURE__ */ withClientBoundary(ProfileShell);

/** <Profile>'s state (its journey), around a view: its own, or one loaded on demand. */
export function ProfileSection({ View, ...props }: ProfileProps & { View: ComponentType<ProfileViewProps> }) {
  const attributes = props.attributes.map((attribute) => attribute.name);
  const state = useProfile({ accessToken: props.accessToken, attributes, onSaved: props.onSaved });
  // No fresh sign-in here: the gate lets every action through.
  const fresh = useFreshSignIn(props.accessToken, undefined, lookOf(props));
  return <View {...props} state={state} fresh={fresh} />;
}

function ProfileShell(props: ProfileProps) {
  return <ProfileSection {...props} View={ProfileView} />;
}

export type { ProfileAttribute, ProfileProps, ProfileViewProps } from "./types";

"use client";
import type { ComponentType } from "react";
import { useContext } from "react";
import { SessionContext } from "../../hooks/sessionContext";
import { useAccountDeletion } from "../../hooks/useAccountDeletion";
import { useFreshSignIn } from "../FreshSignIn";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { DeleteAccountView } from "./DeleteAccountView";
import type { DeleteAccountProps, DeleteAccountViewProps } from "./types";

/**
 * The account page's deletion: what it means, a word to type to confirm, then DeleteUser. Every token of
 * the user stops working; the session here is signed out (the provider's, where there is one).
 */
// Pure: an app that imports another section drops this one.
export const DeleteAccount = /* @__PURE__ */ withClientBoundary(DeleteAccountShell);

/** <DeleteAccount>'s state (its journey) and fresh sign-in, around a view: its own, or one loaded on demand. */
export function DeleteAccountSection({
  View,
  ...props
}: DeleteAccountProps & { View: ComponentType<DeleteAccountViewProps> }) {
  const session = useContext(SessionContext);
  const state = useAccountDeletion({
    accessToken: props.accessToken,
    onDeleted: () => {
      // The refresh token is revoked already; this clears the session here and in the other tabs.
      void session?.signOut();
      props.onDeleted?.();
    },
  });
  const fresh = useFreshSignIn(props.accessToken, props.freshSignIn, {
    ...lookOf(props),
    messages: props.messages,
  });
  return <View {...props} state={state} fresh={fresh} />;
}

function DeleteAccountShell(props: DeleteAccountProps) {
  return <DeleteAccountSection {...props} View={DeleteAccountView} />;
}

export type { DeleteAccountProps, DeleteAccountViewProps } from "./types";

"use client";
import type { ComponentType } from "react";
import { useContactDetails } from "../../hooks/useContactDetails";
import { useFreshSignIn } from "../FreshSignIn";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { ContactDetailsView } from "./ContactDetailsView";
import type { ContactDetailsProps, ContactDetailsViewProps } from "./types";

/**
 * The account page's email and phone: each with whether it is verified, "Verify" for one that is not,
 * and "Change", which sends the new one a code to confirm (where the pool verifies before updating, the
 * old one stays in use until then). The code is read from its field as it is sent, never React state.
 */
// Pure: an app that imports another section drops this one.
export const ContactDetails = /* @__PURE__ */ withClientBoundary(ContactDetailsShell);

/** <ContactDetails>'s state (its journey) and fresh sign-in, around a view: its own, or one loaded on demand. */
export function ContactDetailsSection({
  View,
  ...props
}: ContactDetailsProps & { View: ComponentType<ContactDetailsViewProps> }) {
  const state = useContactDetails({ accessToken: props.accessToken });
  const fresh = useFreshSignIn(props.accessToken, props.freshSignIn, {
    ...lookOf(props),
    messages: props.messages,
  });
  return <View {...props} state={state} fresh={fresh} />;
}

function ContactDetailsShell(props: ContactDetailsProps) {
  return <ContactDetailsSection {...props} View={ContactDetailsView} />;
}

export type { ContactDetailsProps, ContactDetailsViewProps } from "./types";

"use client";
import { createElement } from "react";
import { loadContactCheck } from "../../core/settings/lazy";
import type { ContactCheckOptions } from "../../core/signIn/types";
import { useContactDetails } from "../../hooks/useContactDetails";
import { type LazyScreen, lazyScreen } from "../ChallengeView/lazyScreen";
import { loadContactCheckView } from "./lazy";
import type { ContactCheckStepProps, ContactCheckViewProps } from "./types";

/** The contact check for `<SignIn checkContact>`, `<SignUp checkContact>` and `useSignIn`. */
export interface ContactCheck extends ContactCheckOptions {
  /** The check's step, which <SignIn> shows; its view loads as it is about to show. */
  Step: (props: ContactCheckStepProps) => ReturnType<typeof createElement>;
}

// One view for every check made: its code then loads once.
const View: LazyScreen<ContactCheckViewProps> = /* @__PURE__ */ lazyScreen(() =>
  loadContactCheckView().then((module) => module.ContactCheckView),
);

const steps = /* @__PURE__ */ new Map<string, ContactCheck["Step"]>();

/**
 * Once signed in, asks a user with no verified email or phone to verify one, skippable ("Not now"), so
 * that a forgotten password can be reset: `<SignIn checkContact={contactCheck()} />`. A change sends a
 * code to the new contact; with it confirmed, the sign-in goes on. Whether to ask is read from the ID
 * token (no call for a user who is fine); the check's code loads only when it is needed.
 */
export function contactCheck(
  options: Pick<ContactCheckOptions, "attributes"> & {
    /** ISO 3166 country for phone numbers typed without "+". Default: the browser's locale's region. */
    defaultCountry?: string;
  } = {},
): ContactCheck {
  const attributes = options.attributes ?? ["email", "phone_number"];
  const { defaultCountry } = options;
  // One step per set of options, so that a check made in every render keeps its screen (and what the
  // user typed) rather than mounting a new one each time.
  const key = `${attributes.join()}|${defaultCountry ?? ""}`;
  let Step = steps.get(key);
  if (!Step) {
    Step = (props: ContactCheckStepProps) => {
      // The journey acts with the tokens the sign-in holds until it hands them over; none is in state.
      const contacts = useContactDetails({ accessToken: props.flow.heldAccessToken() ?? "" });
      return createElement(View, { ...props, attributes, defaultCountry, contacts });
    };
    steps.set(key, Step);
  }
  return { attributes, load: loadContactCheck, Step };
}

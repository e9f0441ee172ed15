"use client";
// Apart from UiContext, which UiRoot needs: a component that renders no screen (<SignOutButton>)
// then carries none of the English below.
import { useContext, useMemo, useSyncExternalStore } from "react";
import type { Messages } from "../i18n/en";
import { errorsEn } from "../i18n/en/errors";
import { signInEn } from "../i18n/en/signIn";
import { exceptionMessagesNow, subscribeToExceptionMessages } from "../i18n/exceptionMessages";
import { UiContext } from "./UiContext";

/** The English every step's frame uses: titles of the sign-in, shared buttons, errors. */
type Frame = typeof signInEn & typeof errorsEn;

/** A dictionary with every key of `P`, whichever language fills it. */
export type MessagesOf<P> = { readonly [K in keyof P]: string };

/**
 * The messages in force for one screen: English for the frame and for the screen's own `part`, then the
 * nearest <SignIn>'s messages, then the component's own overrides. Each screen brings its own English
 * part, so strings load with the screen that shows them.
 */
export function useMessages(overrides?: Partial<Messages>): MessagesOf<Frame>;
export function useMessages<P extends Partial<Messages>>(
  overrides: Partial<Messages> | undefined,
  part: P,
): MessagesOf<Frame & P>;
export function useMessages(overrides?: Partial<Messages>, part?: Partial<Messages>) {
  const { messages } = useContext(UiContext);
  const exceptions = useExceptionMessages().messages;
  return useMemo(
    // Spread here, not in a module-level constant, so that a bundle without screens drops the English.
    () => ({ ...signInEn, ...errorsEn, ...exceptions, ...part, ...messages, ...overrides }),
    [exceptions, messages, overrides, part],
  );
}

const SERVER_SNAPSHOT = { messages: undefined, failed: false };
const serverSnapshot = () => SERVER_SNAPSHOT;

/** The English messages of Cognito's exceptions as far as they have loaded (see exceptionMessages.ts). */
export function useExceptionMessages() {
  return useSyncExternalStore(subscribeToExceptionMessages, exceptionMessagesNow, serverSnapshot);
}

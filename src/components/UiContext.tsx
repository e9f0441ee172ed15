"use client";
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { Messages } from "../i18n/en";
import { errorsEn } from "../i18n/en/errors";
import { signInEn } from "../i18n/en/signIn";
import { exceptionMessagesNow, subscribeToExceptionMessages } from "../i18n/exceptionMessages";

interface UiSettings {
  /** The app's strings (any subset; a whole dictionary for another language). */
  messages: Partial<Messages>;
}

/** What <SignIn> hands down to the challenge components: the app's messages. */
export const UiContext = createContext<UiSettings>({ messages: {} });

/** The English every step's frame uses: titles of the sign-in, shared buttons, errors. */
const frame = { ...signInEn, ...errorsEn };

/** A dictionary with every key of `P`, whichever language fills it. */
export type MessagesOf<P> = { readonly [K in keyof P]: string };

/**
 * The messages in force for one screen: English for the frame and for the screen's own `part`, then the
 * nearest <SignIn>'s messages, then the component's own overrides. Each screen brings its own English
 * part, so strings load with the screen that shows them.
 */
export function useMessages(overrides?: Partial<Messages>): MessagesOf<typeof frame>;
export function useMessages<P extends Partial<Messages>>(
  overrides: Partial<Messages> | undefined,
  part: P,
): MessagesOf<typeof frame & P>;
export function useMessages(overrides?: Partial<Messages>, part?: Partial<Messages>) {
  const { messages } = useContext(UiContext);
  const exceptions = useExceptionMessages().messages;
  return useMemo(
    () => ({ ...frame, ...exceptions, ...part, ...messages, ...overrides }),
    [exceptions, messages, overrides, part],
  );
}

const SERVER_SNAPSHOT = { messages: undefined, failed: false };
const serverSnapshot = () => SERVER_SNAPSHOT;

/** The English messages of Cognito's exceptions as far as they have loaded (see exceptionMessages.ts). */
export function useExceptionMessages() {
  return useSyncExternalStore(subscribeToExceptionMessages, exceptionMessagesNow, serverSnapshot);
}

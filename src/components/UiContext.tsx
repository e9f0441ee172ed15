"use client";
import { createContext, useContext, useMemo } from "react";
import { en, type Messages } from "../i18n/en";

interface UiSettings {
  messages: Messages;
}

/** What <SignIn> hands down to the challenge components: the messages in force. */
export const UiContext = createContext<UiSettings>({ messages: en });

/** The messages in force: the nearest <SignIn>'s (or English), with a component's own overrides on top. */
export function useMessages(overrides?: Partial<Messages>): Messages {
  const { messages } = useContext(UiContext);
  return useMemo(() => (overrides ? { ...messages, ...overrides } : messages), [messages, overrides]);
}

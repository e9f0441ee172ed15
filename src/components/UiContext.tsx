"use client";
import { createContext } from "react";
import type { Messages } from "../i18n/en";

interface UiSettings {
  /** The app's strings (any subset; a whole dictionary for another language). */
  messages: Partial<Messages>;
}

/** What <SignIn> hands down to the challenge components: the app's messages. */
export const UiContext = createContext<UiSettings>({ messages: {} });

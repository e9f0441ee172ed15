"use client";
import { createContext } from "react";
import type { SessionStore } from "../core/session/store";

/** The session a <CognitoProvider session> gives to `useSession`, `useSignIn` and `<SignIn>`. */
export const SessionContext = createContext<SessionStore | null>(null);

"use client";
import { createContext, type ReactNode } from "react";

/**
 * What every step shows under its title inside <SignIn>: who is signing in, with the way back to change
 * it. Built by <SignIn> (in its later steps' chunk); a step used on its own shows nothing there.
 */
export const AccountContext = createContext<ReactNode>(null);

"use client";
import { createContext } from "react";

/** Who is signing in, for the line every step after the username shows, and the way back to it. */
export interface Account {
  username: string;
  /** Back to the username step, the username kept for editing. */
  onChange: () => void;
}

/** Given by <SignIn> around its steps; a step used on its own shows no account line. */
export const AccountContext = createContext<Account | undefined>(undefined);

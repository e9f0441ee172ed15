import type { UseDevicesAndSessionsResult } from "../../hooks/useDevicesAndSessions";
import type { FreshSignInGate, FreshSignInOption } from "../FreshSignIn";
import type { StandaloneProps } from "../types";

export interface DevicesAndSessionsProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /**
   * A fresh sign-in before signing other sessions out: once `maxAge` seconds have passed since the user signed in, they
   * sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out: no such check.
   */
  freshSignIn?: FreshSignInOption;
}

/** The props a view of <DevicesAndSessions> is handed: its own, its journey's state and actions, the fresh sign-in. */
export type DevicesAndSessionsViewProps = DevicesAndSessionsProps & {
  state: UseDevicesAndSessionsResult;
  fresh: FreshSignInGate;
};

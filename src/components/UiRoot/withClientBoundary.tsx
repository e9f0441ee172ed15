"use client";
import type { ComponentType } from "react";
import { CognitoClientBoundary } from "../../hooks/CognitoProvider";
import type { StandaloneProps } from "../types";

/**
 * A complete component on a route of its own: `Flow` (which calls the journey's hook) inside the client
 * its `client` or `clientOptions` give, or under the nearest <CognitoProvider>.
 */
export function withClientBoundary<P extends StandaloneProps>(Flow: ComponentType<P>) {
  return function Standalone(props: P) {
    return (
      <CognitoClientBoundary client={props.client} clientOptions={props.clientOptions}>
        <Flow {...props} />
      </CognitoClientBoundary>
    );
  };
}

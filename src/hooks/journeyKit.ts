"use client";
import type { StoreParts } from "../core/store/parts";
import { createSingleFlight } from "../core/store/singleFlight";
import { createStateContainer } from "../core/store/state";
import { useCognitoClient } from "./clientContext";
import { sealedCall } from "./operationMutationOptions";
import { useJourneyStore } from "./useJourneyStore";

/**
 * What a journey's hook is built from: the store's parts, the binding, the client and the journeys'
 * sealed calls. The account journeys' hooks take it as an argument, so that <SignIn>, whose account steps
 * load on demand, hands them its first load's own copies; a chunk that loads on demand and imports a
 * first-load module makes the app's bundler split that module out of the first load (ARCHITECTURE.md).
 */
export interface JourneyKit extends StoreParts {
  useJourneyStore: typeof useJourneyStore;
  useCognitoClient: typeof useCognitoClient;
  sealedCall: typeof sealedCall;
}

/** The usual parts: what the public hooks pass, and what <SignIn> hands to its account steps. */
export const journeyKit: JourneyKit = {
  createStateContainer,
  createSingleFlight,
  useJourneyStore,
  useCognitoClient,
  sealedCall,
};

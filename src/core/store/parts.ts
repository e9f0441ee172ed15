/**
 * What every journey's store is built from. The account journeys take them as an argument: inside
 * <SignIn> their steps load on demand and are handed the first load's own copies, because a chunk that
 * loads on demand and imports a first-load module makes every app's bundler split that module out of
 * its first load (see ARCHITECTURE.md). Their public `create…` functions pass these.
 */
import type { createSingleFlight } from "./singleFlight";
import type { createStateContainer } from "./state";

export interface StoreParts {
  createStateContainer: typeof createStateContainer;
  createSingleFlight: typeof createSingleFlight;
}

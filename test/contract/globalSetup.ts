/**
 * Starts a real, seeded cognito-local for the contract tests and stops it afterwards. If it cannot start,
 * the run fails: contract tests never skip for want of a server.
 */
import type { TestProject } from "vitest/node";
import { type CognitoLocalState, startCognitoLocal, stopCognitoLocal } from "../../scripts/cognito-local.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    cognitoLocal: CognitoLocalState;
  }
}

export default async function setup(project: TestProject) {
  const state = await startCognitoLocal();
  project.provide("cognitoLocal", state);
  return () => stopCognitoLocal(state);
}

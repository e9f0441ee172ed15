/**
 * Threat protection's context data from AWS's own script (amazon-cognito-advanced-security-data), which
 * reads the device and browser for Cognito's risk scoring. Loaded on demand, from the pool's region, the
 * first time a call needs it: an app that does not ask for it never loads it. The page's CSP must allow
 * the script (script-src https://amazon-cognito-assets.<region>.amazoncognito.com).
 */
import { REGION_PATTERN } from "../client/client";

interface AdvancedSecurityData {
  getData(username: string, userPoolId: string, clientId: string): string | undefined;
}

export interface ContextDataOptions {
  /** The user pool id, e.g. `eu-west-1_AbCdEf123`; its prefix names the region the script comes from. */
  userPoolId: string;
  /** The app client id. */
  clientId: string;
  /** The document to load the script into. Default the global one. */
  document?: Document;
}

/** The script's address for a pool's region. */
export function contextDataScriptUrl(userPoolId: string): string {
  const region = userPoolId.split("_")[0] ?? "";
  if (!REGION_PATTERN.test(region))
    throw new TypeError(
      "contextDataFromAwsScript: `userPoolId` must start with its region, e.g. eu-west-1_.",
    );
  return `https://amazon-cognito-assets.${region}.amazoncognito.com/amazon-cognito-advanced-security-data.min.js`;
}

const scriptGlobal = () =>
  (globalThis as { AmazonCognitoAdvancedSecurityData?: AdvancedSecurityData })
    .AmazonCognitoAdvancedSecurityData;

/**
 * A client's `userContextData`: loads AWS's context-data script once, then reads the EncodedData for each
 * username. Undefined (the call goes without) where there is no document, or the script cannot load.
 */
export function contextDataFromAwsScript(
  options: ContextDataOptions,
): (username: string) => Promise<string | undefined> {
  const url = contextDataScriptUrl(options.userPoolId);
  let loading: Promise<AdvancedSecurityData | undefined> | undefined;
  const load = () => {
    loading ??= new Promise((resolve) => {
      const document = options.document ?? globalThis.document;
      if (scriptGlobal() || !document) return resolve(scriptGlobal());
      const script = document.createElement("script");
      script.src = url;
      script.async = true;
      script.onload = () => resolve(scriptGlobal());
      // Not loaded (offline, blocked by the CSP or an extension): the sign-in goes on without it, and a
      // later call tries again.
      script.onerror = () => {
        script.remove();
        loading = undefined;
        resolve(undefined);
      };
      document.head.append(script);
    });
    return loading;
  };
  return async (username) => {
    const script = await load();
    try {
      return script?.getData(username, options.userPoolId, options.clientId) || undefined;
    } catch {
      return undefined;
    }
  };
}

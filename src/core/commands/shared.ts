import { defined } from "../json";
import type { AnalyticsMetadata, StringMap, UserContextData } from "../types";

/** The optional request fields InitiateAuth and RespondToAuthChallenge share. */
export function sharedRequestFields(input: {
  clientMetadata?: StringMap | undefined;
  userContextData?: UserContextData | undefined;
  analyticsMetadata?: AnalyticsMetadata | undefined;
}) {
  return defined({
    ClientMetadata: input.clientMetadata,
    UserContextData:
      input.userContextData &&
      defined({ EncodedData: input.userContextData.encodedData, IpAddress: input.userContextData.ipAddress }),
    AnalyticsMetadata:
      input.analyticsMetadata &&
      defined({ AnalyticsEndpointId: input.analyticsMetadata.analyticsEndpointId }),
  });
}

/** A map of parameters with SECRET_HASH added, when there is one. */
export const withHash = (parameters: StringMap, hash: string | undefined): StringMap =>
  hash === undefined ? parameters : { ...parameters, SECRET_HASH: hash };

import type { AnalyticsMetadata, StringMap, UserContextData } from "../../types";
import { defined } from "./wire";

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

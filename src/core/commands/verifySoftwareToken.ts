import type { VerifySoftwareTokenError } from "../client/errors";
import { defined } from "../json";
import type { VerifySoftwareTokenInput, VerifySoftwareTokenResponse } from "../types";
import type { Command } from "./command";

/** VerifySoftwareToken: checks a code from the authenticator app against the associated secret. */
export const verifySoftwareTokenCommand: Command<
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResponse,
  VerifySoftwareTokenError
> = {
  name: "VerifySoftwareToken",
  request: (input) =>
    defined({
      AccessToken: input.accessToken,
      Session: input.session,
      UserCode: input.userCode.trim(),
      FriendlyDeviceName: input.friendlyDeviceName,
    }),
};

"use client";
import { useContext, useState } from "react";
import { SessionContext } from "../../hooks/sessionContext";
import { useAccountDeletion } from "../../hooks/useAccountDeletion";
import { deleteAccountEn } from "../../i18n/en/deleteAccount";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { type FreshSignInOption, useFreshSignIn } from "../FreshSignIn";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";
import { Field } from "../primitives/Field";
import type { StandaloneProps } from "../types";
import { UiRoot } from "../UiRoot";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { useMessages } from "../useMessages";

export interface DeleteAccountProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /**
   * Called once the account is gone. Under <CognitoProvider session>, the session is signed out here
   * first; without one, end yours in this.
   */
  onDeleted?: () => void;
  /**
   * A fresh sign-in before deleting the account: once `maxAge` seconds have passed since the user signed in, they
   * sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out: no such check.
   */
  freshSignIn?: FreshSignInOption;
}

/**
 * The account page's deletion: what it means, a word to type to confirm, then DeleteUser. Every token of
 * the user stops working; the session here is signed out (the provider's, where there is one).
 */
// Pure: an app that imports another section drops this one.
export const DeleteAccount = /* @__PURE__ */ withClientBoundary(DeleteAccountView);

function DeleteAccountView(props: DeleteAccountProps) {
  const { accessToken, messages: overrides } = props;
  const messages = useMessages(overrides, deleteAccountEn);
  const session = useContext(SessionContext);
  const deletion = useAccountDeletion({
    accessToken,
    onDeleted: () => {
      // The refresh token is revoked already; this clears the session here and in the other tabs.
      void session?.signOut();
      props.onDeleted?.();
    },
  });
  const fresh = useFreshSignIn(accessToken, props.freshSignIn, { ...lookOf(props), messages: overrides });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const word = messages["deleteAccount.word"];
  return (
    <>
      {fresh.gate}
      <UiRoot {...lookOf(props)} messages={overrides} state={deletion.status} hidden={fresh.gate !== null}>
        {deletion.status === "done" ? (
          // The end: said, and the app (told by onDeleted) takes the user on.
          <Done slot="success">{messages["deleteAccount.done"]}</Done>
        ) : (
          <ChallengeLayout
            name="DELETE_ACCOUNT"
            title={messages["deleteAccount.title"]}
            description={messages["deleteAccount.intro"]}
            error={deletion.error}
            pending={deletion.pending}
            messages={overrides}
            // An account page: focus stays where the user is until they come to this section.
            autoFocus={false}
            onSubmit={(form) => {
              const typed = String(new FormData(form).get("confirm") ?? "").trim();
              // The word as shown, in any case: a confirmation, not a password.
              if (typed.toLocaleLowerCase() !== word.toLocaleLowerCase()) {
                setProblem(format(messages["deleteAccount.confirmWrong"], { word }));
                return false;
              }
              setProblem(undefined);
              fresh.guard(() => deletion.delete());
            }}
            actions={
              <Button
                type="submit"
                pending={deletion.pending}
                pendingLabel={messages["deleteAccount.pending"]}
              >
                {messages["deleteAccount.submit"]}
              </Button>
            }
          >
            {() => (
              <Field label={format(messages["deleteAccount.confirmLabel"], { word })} error={problem}>
                {(control) => (
                  <input
                    {...control}
                    name="confirm"
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    onChange={() => setProblem(undefined)}
                  />
                )}
              </Field>
            )}
          </ChallengeLayout>
        )}
      </UiRoot>
    </>
  );
}

"use client";
import { useState } from "react";
import { deleteAccountEn } from "../../i18n/en/deleteAccount";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { GatedRoot } from "../FreshSignIn/GatedRoot";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";
import { Field } from "../primitives/Field";
import { lookOf } from "../UiRoot/lookOf";
import { useMessages } from "../useMessages";
import type { DeleteAccountViewProps } from "./types";

/** <DeleteAccount>'s screen, handed its state and fresh sign-in by DeleteAccountSection: no runtime of its own. */
export function DeleteAccountView(props: DeleteAccountViewProps) {
  const { messages: overrides } = props;
  const messages = useMessages(overrides, deleteAccountEn);
  const { state: deletion, fresh } = props;
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const word = messages["deleteAccount.word"];
  return (
    <GatedRoot fresh={fresh} {...lookOf(props)} messages={overrides} state={deletion.status}>
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
            <Button type="submit" pending={deletion.pending} pendingLabel={messages["deleteAccount.pending"]}>
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
    </GatedRoot>
  );
}

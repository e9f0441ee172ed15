"use client";
import { useState } from "react";
import type { MfaType } from "../../core/names";
import { selectMfaEn } from "../../i18n/en/selectMfa";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type SelectMfaTypeChallengeProps = ChallengeProps<"SELECT_MFA_TYPE">;

/** SELECT_MFA_TYPE: one button per MFA method Cognito offers (MFAS_CAN_CHOOSE). */
export function SelectMfaTypeChallenge({
  challenge,
  onAnswer,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: SelectMfaTypeChallengeProps) {
  const messages = useMessages(overrides, selectMfaEn);
  const [chosen, setChosen] = useState<MfaType>();
  return (
    <ChallengeLayout
      name="SELECT_MFA_TYPE"
      title={messages["selectMfa.title"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
    >
      {() => (
        <div data-slot="choices">
          {challenge.mfasCanChoose.map((mfaType) => {
            // The choice in flight says so; the others wait, out of reach until it is answered.
            const isChosen = pending && chosen === mfaType;
            return (
              <Button
                key={mfaType}
                data-choice={mfaType}
                data-chosen={isChosen ? "" : undefined}
                pending={isChosen}
                pendingLabel={messages["common.pending"]}
                disabled={pending && !isChosen}
                onClick={() => {
                  setChosen(mfaType);
                  void onAnswer({ mfaType });
                }}
              >
                {messages[`selectMfa.${mfaType}`]}
              </Button>
            );
          })}
        </div>
      )}
    </ChallengeLayout>
  );
}

"use client";
import { useState } from "react";
import type { ChallengeOf } from "../../core/challenges";
import type { FirstFactor } from "../../core/names";
import type { Messages } from "../../i18n/en";
import { passwordEn } from "../../i18n/en/password";
import { selectEn } from "../../i18n/en/select";
import { ChallengeLayout } from "../ChallengeLayout";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";

// Choosing the password asks for it on the same step.
const selectAndPasswordEn = { ...selectEn, ...passwordEn };

export interface SelectChallengeProps {
  /** The SELECT_CHALLENGE challenge; exactly its availableChallenges are offered. */
  challenge: ChallengeOf<"SELECT_CHALLENGE">;
  /** The choice; for PASSWORD, with the password, so that both go in one call. */
  onSelect: (choice: FirstFactor, extra?: { password: string }) => void | Promise<void>;
  /** The order to offer the choices in; any not listed follow in Cognito's order. */
  order?: FirstFactor[];
  pending?: boolean;
  error?: unknown;
  messages?: Partial<Messages>;
  className?: string;
  autoFocus?: boolean;
}

/** Sorts the offered factors by the app's preference, keeping Cognito's order for the rest. */
export function orderChoices(
  available: readonly FirstFactor[],
  order: readonly FirstFactor[] = [],
): FirstFactor[] {
  const rank = (factor: FirstFactor) => {
    const index = order.indexOf(factor);
    return index === -1 ? order.length + available.indexOf(factor) : index;
  };
  return [...available].sort((a, b) => rank(a) - rank(b));
}

/**
 * SELECT_CHALLENGE: choice-based sign-in. Each offered factor is a button; choosing PASSWORD reveals the
 * password field in place, and the choice and the password are answered in one call.
 */
export function SelectChallenge({
  challenge,
  onSelect,
  order,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: SelectChallengeProps) {
  const messages = useMessages(overrides, selectAndPasswordEn);
  const [passwordChosen, setPasswordChosen] = useState(false);
  const [password, setPassword] = useState("");
  const choices = orderChoices(challenge.availableChallenges, order).filter(
    (factor) => factor !== "PASSWORD_SRP",
  );
  return (
    <ChallengeLayout
      name="SELECT_CHALLENGE"
      title={messages["select.title"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => passwordChosen && password && onSelect("PASSWORD", { password })}
    >
      {(errorId) =>
        passwordChosen ? (
          <>
            <PasswordField
              label={messages["password.label"]}
              name="password"
              autoComplete="current-password"
              autoFocus
              errorId={errorId}
              value={password}
              onValueChange={setPassword}
              messages={messages}
            />
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["common.submit"]}
            </Button>
            <Button onClick={() => setPasswordChosen(false)}>{messages["common.back"]}</Button>
          </>
        ) : (
          <div data-slot="choices">
            {choices.map((factor) => (
              <Button
                key={factor}
                data-choice={factor}
                pending={pending}
                onClick={() => (factor === "PASSWORD" ? setPasswordChosen(true) : onSelect(factor))}
              >
                {messages[`select.${factor}`]}
              </Button>
            ))}
          </div>
        )
      }
    </ChallengeLayout>
  );
}

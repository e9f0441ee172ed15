"use client";
import { useState } from "react";
import type { ChallengeOf } from "../../core/challenges";
import type { FirstFactor } from "../../core/names";
import { firstFactorChoices } from "../../core/signIn/choices";
import type { Messages } from "../../i18n/en";
import { selectEn } from "../../i18n/en/select";
import { ChallengeLayout } from "../ChallengeLayout";
import { PasswordStep } from "../PasswordChallenge/PasswordStep";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";

// Choosing the password asks for it on the same step.

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
  /** With the password field: shows "Forgot password?", which calls this. */
  onForgotPassword?: (() => void) | undefined;
  /**
   * The first factor the sign-in asked for (`preferredChallenge`). Where Cognito did not offer it (a
   * passkey removed, say), the step says so, so that the user knows why they are asked to choose.
   */
  preferred?: FirstFactor | undefined;
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
 * password field in place, and the choice and the password are answered in one call. Where the password
 * is the only choice, the field shows at once: nobody is asked to choose between one thing.
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
  onForgotPassword,
  preferred,
}: SelectChallengeProps) {
  const messages = useMessages(overrides, selectEn);
  const missing = preferred && !challenge.availableChallenges.includes(preferred);
  const notice = missing
    ? messages[preferred === "WEB_AUTHN" ? "select.noPasskey" : "select.unavailable"]
    : undefined;
  const choices = orderChoices(firstFactorChoices(challenge.availableChallenges), order);
  const onlyPassword = choices.length === 1 && choices[0] === "PASSWORD";
  const [passwordChosen, setPasswordChosen] = useState(onlyPassword);
  const [chosen, setChosen] = useState<FirstFactor>();
  if (passwordChosen)
    return (
      <PasswordStep
        key="password"
        name="SELECT_CHALLENGE"
        error={error}
        pending={pending}
        messages={overrides}
        className={className}
        autoFocus={autoFocus}
        onPassword={(password) => void onSelect("PASSWORD", { password })}
        onForgotPassword={onForgotPassword}
        notice={notice}
        back={
          onlyPassword ? null : (
            <Button variant="link" onClick={() => setPasswordChosen(false)}>
              {messages["common.back"]}
            </Button>
          )
        }
      />
    );
  return (
    <ChallengeLayout
      key="choose"
      name="SELECT_CHALLENGE"
      title={messages["select.title"]}
      description={notice}
      announceDescription={notice !== undefined}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
    >
      {() => (
        <div data-slot="choices">
          {choices.map((factor) => {
            // The choice in flight says so; the others wait, out of reach until it is answered.
            const isChosen = pending && chosen === factor;
            return (
              <Button
                key={factor}
                data-choice={factor}
                data-chosen={isChosen ? "" : undefined}
                pending={isChosen}
                pendingLabel={messages["common.pending"]}
                disabled={pending && !isChosen}
                onClick={() => {
                  if (factor === "PASSWORD") return setPasswordChosen(true);
                  setChosen(factor);
                  void onSelect(factor);
                }}
              >
                {messages[`select.${factor}`]}
              </Button>
            );
          })}
        </div>
      )}
    </ChallengeLayout>
  );
}

"use client";
import { useEffect, useRef, useState } from "react";
import { changePasswordEn } from "../../i18n/en/changePassword";
import { newPasswordEn } from "../../i18n/en/newPassword";
import { passwordRulesEn } from "../../i18n/en/passwordRules";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { GatedRoot } from "../FreshSignIn/GatedRoot";
import { passwordRules, refusedByPolicy } from "../NewPasswordChallenge/passwordPolicy";
import { RuledPasswordField } from "../NewPasswordChallenge/RuledPasswordField";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { PasswordInput } from "../primitives/PasswordInput";
import { lookOf } from "../UiRoot/lookOf";
import { useMessages } from "../useMessages";

const sectionEn = { ...passwordRulesEn, ...newPasswordEn, ...changePasswordEn };

import type { ChangePasswordViewProps } from "./types";

/** Which field a refusal of Cognito's is about: the current password, or the new one. */
function fieldOf(error: unknown): "current" | "new" | undefined {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  if (name === "NotAuthorizedException") return "current";
  if (name === "InvalidPasswordException" || name === "PasswordHistoryPolicyViolationException") return "new";
  return undefined;
}

/** <ChangePassword>'s screen, handed its state and fresh sign-in by ChangePasswordSection: no runtime of its own. */
export function ChangePasswordView(props: ChangePasswordViewProps) {
  const { passwordPolicy, messages: overrides } = props;
  const messages = useMessages(overrides, sectionEn);
  const { state: password, fresh } = props;

  const { load, hasPassword, status, error } = password;
  const others = password.otherSessions?.length;
  // Said once every other session is signed out; the count alone would just drop to none.
  const [signedOutOthers, setSignedOutOthers] = useState(false);
  // Problems found before sending, by field.
  const [problems, setProblems] = useState<{ current?: string; new?: string }>({});
  useEffect(() => {
    void load();
  }, [load]);

  const refused = fieldOf(error);
  // Cognito's refusal of one field is said on it, not in the step's live region: that field takes focus,
  // which reads its error, as a refused submit does.
  const fieldsRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new refusal (a new error) focuses its field again, the same field as before included.
  useEffect(() => {
    if (!refused) return;
    const name = refused === "current" ? "current-password" : "new-password";
    fieldsRef.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus();
  }, [refused, error]);
  const stepError = refused ? undefined : error;
  const currentError =
    problems.current ?? (refused === "current" ? messages["changePassword.currentWrong"] : undefined);
  const newError =
    problems.new ??
    (refused === "new"
      ? messages[refusedByPolicy(error) ? "newPassword.unmet" : "changePassword.usedBefore"]
      : undefined);

  return (
    // Hidden, not gone, behind a fresh sign-in: the passwords wait in their fields, never in state.
    <GatedRoot fresh={fresh} {...lookOf(props)} messages={overrides} state={status}>
      {status === "done" ? (
        <ChallengeLayout
          name="CHANGE_PASSWORD"
          title={messages["changePassword.title"]}
          description={[
            messages["changePassword.done"],
            // Whoever knew the old password may still be signed in: say so, with the way to end it.
            others === 0 || others === undefined
              ? ""
              : ` ${others === 1 ? messages["changePassword.otherOne"] : format(messages["changePassword.others"], { count: String(others) })}`,
          ].join("")}
          announceDescription
          error={password.error}
          pending={password.pending}
          messages={overrides}
          status={signedOutOthers ? messages["changePassword.signedOutOthers"] : null}
          actions={
            <>
              {others ? (
                <Button
                  pending={password.pending}
                  pendingLabel={messages["common.pending"]}
                  onClick={() =>
                    fresh.guard(async () => {
                      await password.signOutOthers();
                      setSignedOutOthers(true);
                    })
                  }
                >
                  {messages["changePassword.signOutOthers"]}
                </Button>
              ) : null}
              <Button
                variant="secondary"
                onClick={() => {
                  setSignedOutOthers(false);
                  password.reset();
                }}
              >
                {messages["changePassword.again"]}
              </Button>
            </>
          }
        />
      ) : (
        <ChallengeLayout
          name="CHANGE_PASSWORD"
          title={messages["changePassword.title"]}
          description={messages[hasPassword ? "changePassword.intro" : "changePassword.introFirst"]}
          error={stepError}
          pending={password.pending || status === "loading"}
          messages={overrides}
          // An account page: focus stays where the user is until they come to this section.
          autoFocus={false}
          onSubmit={(form) => {
            const data = new FormData(form);
            const previousPassword = hasPassword ? String(data.get("current-password") ?? "") : undefined;
            const proposedPassword = String(data.get("new-password") ?? "");
            const found: { current?: string; new?: string } = {};
            if (previousPassword === "") found.current = messages["changePassword.currentRequired"];
            if (!proposedPassword) found.new = messages["changePassword.newRequired"];
            else if (passwordRules(passwordPolicy, proposedPassword, messages).some((rule) => !rule.met))
              found.new = messages["newPassword.unmet"];
            setProblems(found);
            if (found.current || found.new) return false;
            // Read again when it runs: after a fresh sign-in, from the fields that kept them.
            fresh.guard(() => {
              const now = new FormData(form);
              const previous = hasPassword ? String(now.get("current-password") ?? "") : undefined;
              return password.change({
                proposedPassword: String(now.get("new-password") ?? ""),
                ...(previous === undefined ? {} : { previousPassword: previous }),
              });
            });
          }}
          actions={
            status === "loading" && error !== undefined ? (
              <Button variant="primary" onClick={() => void load()}>
                {messages["common.retry"]}
              </Button>
            ) : (
              <Button
                type="submit"
                pending={password.pending}
                pendingLabel={messages["changePassword.pending"]}
              >
                {messages[hasPassword ? "changePassword.submit" : "changePassword.submitFirst"]}
              </Button>
            )
          }
        >
          {(errorId) => (
            // No box of its own: the fields keep the step's spacing.
            <div ref={fieldsRef} style={{ display: "contents" }}>
              {hasPassword ? (
                <Field
                  label={messages["changePassword.current"]}
                  errorId={refused === "current" ? errorId : undefined}
                  error={currentError}
                >
                  {(control) => (
                    <PasswordInput
                      {...control}
                      name="current-password"
                      autoComplete="current-password"
                      required
                      onChange={() => setProblems((found) => ({ ...found, current: undefined }))}
                      showLabel={messages["common.showPassword"]}
                      hideLabel={messages["common.hidePassword"]}
                    />
                  )}
                </Field>
              ) : null}
              <RuledPasswordField
                label={messages["changePassword.new"]}
                name="new-password"
                errorId={refused === "new" ? errorId : undefined}
                error={newError}
                policy={passwordPolicy}
                onInput={() => setProblems((found) => ({ ...found, new: undefined }))}
                messages={messages}
              />
            </div>
          )}
        </ChallengeLayout>
      )}
    </GatedRoot>
  );
}

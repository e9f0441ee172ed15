"use client";
import { useEffect, useMemo, useState } from "react";
import { profileEn } from "../../i18n/en/profile";
import { format } from "../../i18n/format";
import { AttributeField } from "../AttributeField";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { fieldOfSignUpError } from "../SignUp/signUpFields";
import { UiRoot } from "../UiRoot";
import { lookOf } from "../UiRoot/lookOf";
import { useMessages } from "../useMessages";
import type { ProfileViewProps } from "./types";

/** <Profile>'s screen, handed its state by ProfileSection: no runtime of its own. */
export function ProfileView(props: ProfileViewProps) {
  const { attributes, state: profile, messages: overrides } = props;
  const messages = useMessages(overrides, profileEn);
  const { load } = profile;
  // Problems found before sending, by attribute.
  const [problems, setProblems] = useState<Record<string, string>>({});
  useEffect(() => {
    void load();
  }, [load]);
  const names = useMemo(() => attributes.map((attribute) => attribute.name), [attributes]);
  const about = fieldOfSignUpError(profile.error, names);
  // Cognito's refusal of a write names no attribute: said for the form as a whole.
  const stepMessages = useMemo(
    () => ({ ...overrides, "error.NotAuthorizedException": messages["profile.notWritable"] }),
    [overrides, messages],
  );
  return (
    <UiRoot {...lookOf(props)} messages={overrides} state={profile.status}>
      <ChallengeLayout
        // Read once the values are there: the fields start from Cognito's.
        key={profile.status === "loading" ? "loading" : "ready"}
        name="PROFILE"
        title={messages["profile.title"]}
        description={messages["profile.intro"]}
        error={profile.error}
        pending={profile.pending || profile.status === "loading"}
        messages={stepMessages}
        // An account page: focus stays where the user is until they come to this section.
        autoFocus={false}
        status={profile.status === "saved" && !profile.pending ? messages["profile.saved"] : null}
        onSubmit={(form) => {
          const data = new FormData(form);
          const values: Record<string, string> = {};
          const found: Record<string, string> = {};
          for (const attribute of attributes) {
            const value =
              attribute.type === "checkbox"
                ? String(data.get(attribute.name) !== null)
                : String(data.get(attribute.name) ?? "").trim();
            values[attribute.name] = value;
            const problem =
              attribute.required && !value
                ? format(messages["profile.required"], { label: attribute.label })
                : value
                  ? attribute.validate?.(value)
                  : undefined;
            if (problem) found[attribute.name] = problem;
          }
          setProblems(found);
          if (Object.keys(found).length > 0) return false;
          void profile.save(values);
        }}
        actions={
          profile.status === "loading" && profile.error !== undefined ? (
            <Button variant="primary" onClick={() => void load()}>
              {messages["common.retry"]}
            </Button>
          ) : (
            <Button type="submit" pending={profile.pending} pendingLabel={messages["profile.pending"]}>
              {messages["profile.save"]}
            </Button>
          )
        }
      >
        {(errorId) =>
          profile.status === "loading"
            ? null
            : attributes.map((attribute) => (
                <AttributeField
                  key={attribute.name}
                  field={attribute}
                  defaultValue={profile.values[attribute.name] || undefined}
                  errorId={about === attribute.name ? errorId : undefined}
                  problem={problems[attribute.name]}
                  optional={messages["profile.optional"]}
                  countryLabel={messages["profile.country"]}
                  defaultCountry={props.defaultCountry}
                  autoComplete={attribute.autoComplete}
                />
              ))
        }
      </ChallengeLayout>
    </UiRoot>
  );
}

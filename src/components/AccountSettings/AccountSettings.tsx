"use client";
import { Fragment, type ReactNode, Suspense } from "react";
import { accountSettingsEn } from "../../i18n/en/accountSettings";
import { errorMessage } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { lazyScreen } from "../ChallengeView/lazyScreen";
import { LoadBoundary } from "../ChallengeView/ScreenBoundary";
import { ChangePasswordSection } from "../ChangePassword/ChangePassword";
import type { ChangePasswordProps } from "../ChangePassword/types";
import { ContactDetailsSection } from "../ContactDetails/ContactDetails";
import type { ContactDetailsProps } from "../ContactDetails/types";
import { DeleteAccountSection } from "../DeleteAccount/DeleteAccount";
import { DevicesAndSessionsSection } from "../DevicesAndSessions/DevicesAndSessions";
import type { FreshSignInOption } from "../FreshSignIn";
import { ProfileSection } from "../Profile/Profile";
import type { ProfileProps } from "../Profile/types";
import { Button } from "../primitives/Button";
import { TwoFactorSection } from "../TwoFactor/TwoFactor";
import type { TwoFactorProps } from "../TwoFactor/types";
import type { StandaloneProps } from "../types";
import { UiRoot } from "../UiRoot";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { useMessages } from "../useMessages";
import {
  loadChangePasswordView,
  loadContactDetailsView,
  loadDeleteAccountView,
  loadDevicesAndSessionsView,
  loadProfileView,
  loadTwoFactorView,
} from "./lazy";

/** A section of the account page. */
export type AccountSection = "profile" | "contacts" | "password" | "twoFactor" | "devices" | "delete";

/** Every section, in the order the page shows them by default (the profile where the app names attributes). */
export const accountSections: readonly AccountSection[] = [
  "profile",
  "contacts",
  "password",
  "twoFactor",
  "devices",
  "delete",
];

export interface AccountSettingsProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession().getAccessToken()`'s). */
  accessToken: string;
  /** The sections to show, in order. Default: `accountSections` (all; the profile only with `profile`). */
  sections?: readonly AccountSection[];
  /**
   * A fresh sign-in before every sensitive change (the email or phone, the password, the second step,
   * signing other sessions out, deleting): once `maxAge` seconds have passed since the user signed in,
   * they sign in again first. Default `{ maxAge: 300 }`; `false` turns it off.
   */
  freshSignIn?: FreshSignInOption | false;
  /** The pool's password rules, for the password section. */
  passwordPolicy?: ChangePasswordProps["passwordPolicy"];
  /** The profile's attributes (given_name, custom:team…): without them, no profile section. */
  profile?: Pick<ProfileProps, "attributes" | "defaultCountry">;
  /** The email and phone section's options. */
  contacts?: Pick<ContactDetailsProps, "attributes" | "defaultCountry">;
  /** The second step's options: the pool's methods, whether it requires MFA, the app's labels. */
  twoFactor?: Pick<
    TwoFactorProps,
    "methods" | "required" | "accountName" | "totpIssuer" | "renderQrCode" | "passkeys"
  >;
  /** More sections, shown after the second step's: e.g. `<Passkeys>` from `/passkeys`. */
  children?: ReactNode;
  /** Called once the account is deleted (the provider's session is signed out first). */
  onDeleted?: () => void;
}

const ProfileView = lazyScreen(() => loadProfileView().then((m) => m.ProfileView));
const ContactDetailsView = lazyScreen(() => loadContactDetailsView().then((m) => m.ContactDetailsView));
const ChangePasswordView = lazyScreen(() => loadChangePasswordView().then((m) => m.ChangePasswordView));
const TwoFactorView = lazyScreen(() => loadTwoFactorView().then((m) => m.TwoFactorView));
const DevicesAndSessionsView = lazyScreen(() =>
  loadDevicesAndSessionsView().then((m) => m.DevicesAndSessionsView),
);
const DeleteAccountView = lazyScreen(() => loadDeleteAccountView().then((m) => m.DeleteAccountView));

/**
 * A signed-in user's account page: one card per section (profile, email and phone, password, two-step
 * verification, devices and sessions, deleting the account), each loaded as the page shows it, each
 * sensitive change behind a fresh sign-in. Every section is also a component of its own.
 */
// Pure: an app that renders the sections one by one drops this.
export const AccountSettings = /* @__PURE__ */ withClientBoundary(AccountSettingsView);

function AccountSettingsView(props: AccountSettingsProps) {
  const { accessToken, sections = accountSections, messages, children } = props;
  const look = lookOf(props);
  const freshSignIn = props.freshSignIn === false ? undefined : (props.freshSignIn ?? { maxAge: 300 });
  const common = { ...look, accessToken, messages, freshSignIn };
  const section = (name: AccountSection): ReactNode => {
    switch (name) {
      case "profile":
        return props.profile ? <ProfileSection {...common} {...props.profile} View={ProfileView} /> : null;
      case "contacts":
        return <ContactDetailsSection {...common} {...props.contacts} View={ContactDetailsView} />;
      case "password":
        return (
          <ChangePasswordSection
            {...common}
            passwordPolicy={props.passwordPolicy}
            View={ChangePasswordView}
          />
        );
      case "twoFactor":
        return <TwoFactorSection {...common} {...props.twoFactor} View={TwoFactorView} />;
      case "devices":
        return <DevicesAndSessionsSection {...common} View={DevicesAndSessionsView} />;
      case "delete":
        return <DeleteAccountSection {...common} onDeleted={props.onDeleted} View={DeleteAccountView} />;
    }
  };
  return (
    <div data-slot="account-settings" className={look.className}>
      {sections.map((name) => (
        <Fragment key={name}>
          {name === "profile" && !props.profile ? null : (
            <SectionBoundary look={look} messages={messages}>
              {section(name)}
            </SectionBoundary>
          )}
          {/* The app's own sections (passkeys) after the second step, or at the end without it. */}
          {name === "twoFactor" ? children : null}
        </Fragment>
      ))}
      {sections.includes("twoFactor") ? null : children}
    </div>
  );
}

/** A section's card while its code loads, and if it cannot: said, with a retry. */
function SectionBoundary({
  look,
  messages: overrides,
  children,
}: {
  look: ReturnType<typeof lookOf>;
  messages: StandaloneProps["messages"];
  children: ReactNode;
}) {
  const messages = useMessages(overrides, accountSettingsEn);
  return (
    <LoadBoundary
      renderFailure={(error, retry) => (
        <UiRoot {...look} messages={overrides}>
          <ChallengeLayout
            name="LOAD_FAILED"
            title={messages["accountSettings.loadFailed"]}
            description={errorMessage(error, messages)}
            announceDescription
            messages={overrides}
            onSubmit={retry}
            actions={<Button type="submit">{messages["common.retry"]}</Button>}
          />
        </UiRoot>
      )}
    >
      <Suspense
        fallback={
          <UiRoot {...look} messages={overrides} state="loading">
            <p data-slot="status" role="status" aria-busy="true">
              {messages["common.loading"]}
            </p>
          </UiRoot>
        }
      >
        {children}
      </Suspense>
    </LoadBoundary>
  );
}

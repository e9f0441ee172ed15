import type { Messages } from "./en";

/** German: a complete second dictionary, proof that every string can be translated. */
export const de: Messages = {
  "signIn.title": "Anmelden",
  "signIn.username": "Benutzername oder E-Mail",
  "signIn.password": "Passwort",
  "signIn.usernameRequired": "Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.",
  "signIn.submit": "Weiter",
  "signIn.pending": "Anmeldung läuft…",
  "signIn.signedIn": "Sie sind angemeldet.",
  "signIn.expiresIn": "Dieser Schritt läuft in {time} ab.",
  "signIn.expired":
    "Die Anmeldung hat zu lange gedauert oder wurde unterbrochen. Beginnen Sie neu, um eine neue Sitzung zu erhalten.",
  "signIn.restart": "Neu beginnen",
  "signIn.tooManyCodes": "Zu viele falsche Codes. Beginnen Sie neu, um einen neuen zu erhalten.",
  "signIn.signedInAs": "Anmeldung als {username}",
  "rememberDevice.title": "Dieses Gerät merken?",
  "rememberDevice.description":
    "Wenn Sie sich das nächste Mal auf diesem Gerät anmelden, werden Sie nicht nach einem Bestätigungscode gefragt. Wählen Sie das nur auf einem Gerät, das Ihnen gehört.",
  "rememberDevice.remember": "Dieses Gerät merken",
  "rememberDevice.skip": "Jetzt nicht",
  "signIn.notYou": "Anderes Konto verwenden",
  "signIn.forgotPassword": "Passwort vergessen?",
  "signIn.createAccount": "Noch kein Konto? Jetzt erstellen",

  "common.submit": "Weiter",
  "common.pending": "Wird geprüft…",
  "common.showPassword": "Passwort anzeigen",
  "common.hidePassword": "Passwort verbergen",
  "common.passwordRequired": "Geben Sie Ihr Passwort ein.",
  "common.copy": "Kopieren",
  "common.copied": "Kopiert",
  "common.copyFailed": "Kopieren nicht möglich. Markieren und kopieren Sie den Text selbst.",
  "common.back": "Zurück",
  "session.signOut": "Abmelden",
  "session.signOutEverywhere": "Auf allen Geräten abmelden",
  "session.signingOut": "Abmeldung läuft…",
  "common.loading": "Wird geladen …",
  "common.retry": "Erneut versuchen",

  "password.title": "Passwort eingeben",
  "password.label": "Passwort",

  "code.label": "Code",
  "code.hint": "Geben Sie den {length}-stelligen Code ein.",
  "code.required": "Geben Sie alle {length} Ziffern des Codes ein.",
  "code.resent": "Wir haben einen neuen Code gesendet.",
  "code.sentBySms": "Wir haben einen Code per SMS an {destination} gesendet.",
  "code.sentByEmail": "Wir haben einen Code per E-Mail an {destination} gesendet.",
  "code.sentSomewhere": "Wir haben Ihnen einen Code gesendet.",
  "code.resend": "Neuen Code senden",
  "code.resendIn": "Neuen Code in {seconds} s senden",
  "code.title": "Code eingeben",

  "totp.instructions": "Geben Sie den Code aus Ihrer Authenticator-App ein.",
  "totp.instructionsDevice": "Geben Sie den Code aus Ihrer Authenticator-App auf {device} ein.",

  "select.title": "Wie möchten Sie sich anmelden?",
  "select.PASSWORD": "Passwort",
  "select.PASSWORD_SRP": "Passwort",
  "select.SMS_OTP": "Code per SMS",
  "select.EMAIL_OTP": "Code per E-Mail",
  "select.WEB_AUTHN": "Passkey",

  "selectMfa.title": "Wie möchten Sie bestätigen, dass Sie es sind?",
  "selectMfa.SMS_MFA": "SMS",
  "selectMfa.SOFTWARE_TOKEN_MFA": "Authenticator-App",
  "selectMfa.EMAIL_OTP": "E-Mail",

  "mfaSetup.title": "Bestätigung in zwei Schritten einrichten",
  "mfaSetup.chooseMethod": "Wählen Sie einen zweiten Schritt für die Anmeldung.",
  "mfaSetup.SOFTWARE_TOKEN_MFA": "Authenticator-App",
  "mfaSetup.EMAIL_OTP": "E-Mail",
  "mfaSetup.SMS_MFA": "SMS",
  "mfaSetup.smsUnavailable":
    "Für die Bestätigung per SMS braucht Ihr Konto eine Telefonnummer. Wenden Sie sich an Ihre Verwaltung.",
  "mfaSetup.smsOnly":
    "Ihr Konto verlangt eine Bestätigung per SMS, hat aber noch keine Telefonnummer. Fügen Sie eine hinzu (oder wenden Sie sich an Ihre Verwaltung) und beginnen Sie dann neu.",
  "mfaSetup.start": "Authenticator-App einrichten",
  "mfaSetup.scan": "Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.",
  "mfaSetup.scanPhone":
    "Öffnen Sie den Link unten in Ihrer Authenticator-App, oder geben Sie dort den Einrichtungsschlüssel ein.",
  "mfaSetup.qrLabel": "QR-Code für Ihre Authenticator-App",
  "mfaSetup.cantScan": "Scannen nicht möglich?",
  "mfaSetup.openApp": "In der Authenticator-App öffnen",
  "mfaSetup.secretLabel": "Einrichtungsschlüssel",
  "mfaSetup.secretInstructions":
    "Geben Sie diesen Schlüssel als zeitbasierten Schlüssel in Ihre Authenticator-App ein.",
  "mfaSetup.code": "Code aus der App",
  "mfaSetup.codeRequired": "Geben Sie den 6-stelligen Code aus der App ein.",
  "mfaSetup.deviceName": "Name für diesen Authenticator (freiwillig)",
  "mfaSetup.verify": "Prüfen und abschließen",
  "mfaSetup.emailLabel": "E-Mail-Adresse für Codes",
  "mfaSetup.emailRequired": "Geben Sie eine E-Mail-Adresse ein.",
  "mfaSetup.emailSubmit": "Code senden",

  "totpSetup.title": "Authenticator-App hinzufügen",
  "totpSetup.intro":
    "Verwenden Sie eine App wie einen Passwortmanager oder einen Authenticator, um Anmeldecodes zu erhalten.",
  "totpSetup.signInAgain":
    "Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an und fügen Sie die App dann hinzu.",
  "totpSetup.done": "Ihre Authenticator-App ist hinzugefügt.",
  "newPassword.title": "Neues Passwort wählen",
  "newPassword.instructions": "Ihr Passwort muss geändert werden, bevor Sie fortfahren.",
  "newPassword.password": "Neues Passwort",
  "newPassword.confirm": "Neues Passwort wiederholen",
  "newPassword.mismatch": "Die Passwörter stimmen nicht überein.",
  "newPassword.required": "Geben Sie ein neues Passwort ein.",
  "newPassword.unmet": "Das Passwort erfüllt noch nicht alle Regeln.",
  "newPassword.ruleMet": "erfüllt",
  "newPassword.attributeRequired": "Füllen Sie „{label}“ aus.",
  "newPassword.rules": "Ihr Passwort braucht:",
  "newPassword.defaultRules": "Sofern diese App keine eigenen Regeln hat, braucht ein Passwort:",
  "newPassword.rule.minLength": "mindestens {count} Zeichen",
  "newPassword.rule.lowercase": "einen Kleinbuchstaben",
  "newPassword.rule.uppercase": "einen Großbuchstaben",
  "newPassword.rule.number": "eine Ziffer",
  "newPassword.rule.symbol": "ein Sonderzeichen",
  "newPassword.submit": "Passwort ändern",
  "attribute.given_name": "Vorname",
  "attribute.family_name": "Nachname",
  "attribute.name": "Vollständiger Name",
  "attribute.email": "E-Mail",
  "attribute.phone_number": "Telefonnummer",
  "attribute.birthdate": "Geburtsdatum",
  "attribute.address": "Adresse",
  "attribute.nickname": "Spitzname",
  "attribute.preferred_username": "Bevorzugter Benutzername",

  "custom.title": "Noch ein Schritt",
  "custom.answer": "Ihre Antwort",
  "custom.required": "Geben Sie Ihre Antwort ein.",

  "webauthn.title": "Mit einem Passkey anmelden",
  "webauthn.instructions": "Verwenden Sie den Passkey auf diesem Gerät oder Ihrem Telefon.",
  "webauthn.start": "Passkey verwenden",
  "webauthn.pending": "Warte auf Ihren Passkey…",
  "webauthn.unavailable":
    "Dieser Browser kann keine Passkeys verwenden. Beginnen Sie neu und wählen Sie einen anderen Weg.",
  "webauthn.cancelled":
    "Die Passkey-Anfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.",
  "webauthn.refused":
    "Der Passkey wurde nicht angenommen. Versuchen Sie es erneut oder beginnen Sie neu und wählen Sie einen anderen Weg.",
  "webauthn.failed":
    "Ihr Passkey konnte nicht verwendet werden. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.",

  "unsupported.title": "Dieser Anmeldeschritt wird nicht unterstützt",
  "unsupported.body":
    "Ihr Konto verlangt einen Schritt ({name}), den diese App nicht anzeigen kann. Beginnen Sie neu oder wenden Sie sich an den Support.",

  "error.CodeMismatchException": "Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.",
  "error.ExpiredCodeException": "Dieser Code ist abgelaufen. Fordern Sie einen neuen an.",
  "error.NotAuthorizedException": "Benutzername oder Passwort ist falsch.",
  "error.sessionExpired": "Ihre Anmeldesitzung ist abgelaufen. Beginnen Sie neu.",
  "error.TooManyRequestsException": "Zu viele Versuche. Warten Sie kurz und versuchen Sie es erneut.",
  "error.LimitExceededException": "Zu viele Versuche. Warten Sie eine Weile und versuchen Sie es erneut.",
  "error.CodeDeliveryFailureException":
    "Wir konnten den Code nicht senden. Prüfen Sie, ob Ihre E-Mail-Adresse oder Telefonnummer Nachrichten empfangen kann, und versuchen Sie es erneut.",
  "error.TooManyFailedAttemptsException":
    "Zu viele Fehlversuche. Warten Sie eine Weile und versuchen Sie es erneut.",
  "error.PasswordResetRequiredException":
    "Sie müssen Ihr Passwort zurücksetzen, bevor Sie sich anmelden können.",
  "error.UserNotConfirmedException":
    "Ihr Konto ist noch nicht bestätigt. Bestätigen Sie es und melden Sie sich dann an.",
  "error.UserNotFoundException": "Benutzername oder Passwort ist falsch.",
  "error.DeviceKeyExistsException": "Dieses Gerät ist bereits gespeichert.",
  "error.UsernameExistsException": "Ein Konto mit diesem Benutzernamen gibt es bereits.",
  "error.InvalidPasswordException":
    "Dieses Passwort erfüllt die Regeln nicht. Wählen Sie eines, das jede davon erfüllt.",
  "error.PasswordHistoryPolicyViolationException":
    "Dieses Passwort haben Sie vor Kurzem verwendet. Wählen Sie ein anderes.",
  "error.InvalidParameterException": "Ein Teil der Anfrage wurde nicht angenommen. Prüfen Sie Ihre Eingaben.",
  "error.AliasExistsException":
    "Diese E-Mail-Adresse oder Telefonnummer gehört bereits zu einem anderen Konto.",
  "error.EnableSoftwareTokenMFAException":
    "Dieser Code ist nicht richtig. Prüfen Sie die Uhrzeit Ihres Geräts und versuchen Sie es erneut.",
  "error.SoftwareTokenMFANotFoundException": "Für dieses Konto ist keine Authenticator-App eingerichtet.",
  "error.MFAMethodNotFoundException": "Für dieses Konto ist keine Bestätigungsmethode eingerichtet.",
  "error.UserLambdaValidationException": "Eine Prüfung dieser App hat das nicht angenommen.",
  "error.UnexpectedLambdaException":
    "Die Anmeldung ist in einer Prüfung dieser App gescheitert. Versuchen Sie es später erneut.",
  "error.InvalidLambdaResponseException":
    "Eine Prüfung dieser App ist fehlgeschlagen. Versuchen Sie es später erneut.",
  "error.InternalErrorException": "Der Anmeldedienst hatte ein Problem. Versuchen Sie es erneut.",
  "error.ForbiddenException": "Diese Anfrage wurde blockiert.",
  "error.ResourceNotFoundException": "Die Anmeldung dieser App ist nicht richtig eingerichtet.",
  "error.InvalidUserPoolConfigurationException": "Die Anmeldung dieser App ist nicht richtig eingerichtet.",
  "error.InvalidSmsRoleAccessPolicyException": "SMS können gerade nicht gesendet werden.",
  "error.InvalidSmsRoleTrustRelationshipException": "SMS können gerade nicht gesendet werden.",
  "error.InvalidEmailRoleAccessPolicyException": "E-Mails können gerade nicht gesendet werden.",
  "error.UnsupportedOperationException": "Diese Art der Anmeldung ist nicht verfügbar.",
  "error.OperationNotEnabledException": "Diese Art der Anmeldung ist nicht verfügbar.",
  "error.FeatureUnavailableInTierException": "Diese Art der Anmeldung ist nicht verfügbar.",
  "error.ConcurrentModificationException": "Gleichzeitig hat sich etwas geändert. Versuchen Sie es erneut.",
  "error.RefreshTokenReuseException": "Ihre Sitzung ist beendet. Melden Sie sich erneut an.",
  "error.UnauthorizedException": "Diese App darf das nicht. Wenden Sie sich an den Support.",
  "error.UnsupportedTokenTypeException": "Diese App darf das nicht. Wenden Sie sich an den Support.",
  "passkeys.title": "Passkeys",
  "passkeys.intro":
    "Melden Sie sich mit Fingerabdruck, Gesicht oder Bildschirmsperre statt mit einem Passwort an. Der Anmeldedienst benennt Ihre Passkeys; sie können nicht umbenannt werden.",
  "passkeys.none": "Sie haben noch keine Passkeys.",
  "passkeys.add": "Passkey hinzufügen",
  "passkeys.adding": "Warten auf Ihr Gerät…",
  "passkeys.added": "Passkey hinzugefügt.",
  "passkeys.removed": "Passkey entfernt.",
  "passkeys.created": "Hinzugefügt am {date}",
  "passkeys.platform": "auf diesem Gerät",
  "passkeys.crossPlatform": "auf einem Sicherheitsschlüssel oder Telefon",
  "passkeys.remove": "Entfernen",
  "passkeys.removeNamed": "{name} entfernen",
  "passkeys.confirm": "{name} entfernen? Sie können sich damit nicht mehr anmelden.",
  "passkeys.keep": "Behalten",
  "error.LastWayInError":
    "Dieser Passkey ist Ihre einzige Möglichkeit, sich anzumelden. Fügen Sie eine andere hinzu, bevor Sie ihn entfernen.",
  "error.InvalidStateError": "Dieses Gerät hat schon einen Passkey für Ihr Konto.",
  "error.NotSupportedError": "Dieser Browser oder dieses Gerät kann keine Passkeys erstellen.",
  "error.SecurityError": "Auf der Adresse dieser Website können keine Passkeys erstellt werden.",
  "error.WebAuthnNotEnabledException": "Passkeys sind für diese App nicht eingeschaltet.",
  "error.WebAuthnConfigurationMissingException": "Passkeys sind für diese App noch nicht eingerichtet.",
  "error.WebAuthnChallengeNotFoundException":
    "Diese Passkey-Anfrage ist abgelaufen. Versuchen Sie es erneut.",
  "error.WebAuthnClientMismatchException":
    "Diese Passkey-Anfrage war für eine andere App. Versuchen Sie es erneut.",
  "error.WebAuthnCredentialNotSupportedException":
    "Diese Art von Passkey wird hier nicht unterstützt. Versuchen Sie ein anderes Gerät oder einen anderen Sicherheitsschlüssel.",
  "error.WebAuthnOriginNotAllowedException":
    "Auf der Adresse dieser Website können keine Passkeys erstellt werden.",
  "error.WebAuthnRelyingPartyMismatchException": "Dieser Passkey wurde für eine andere Website erstellt.",
  "error.totpCodeFormat": "Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.",
  "error.srpUnavailable":
    "Ihr Passwort kann hier nicht zur Anmeldung verwendet werden. Wählen Sie einen anderen Weg oder wenden Sie sich an den Support.",
  "error.unknown": "Die Anmeldung ist fehlgeschlagen. Versuchen Sie es erneut.",
  "error.network":
    "Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "error.timeout": "Der Anmeldedienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.",
  "error.load":
    "Ein Teil der Anmeldung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "error.badResponse":
    "Der Anmeldedienst hat eine Antwort gesendet, die diese App nicht versteht. Versuchen Sie es später erneut.",

  "account.send": "Code senden",
  "account.haveCode": "Ich habe schon einen Code",
  "account.code": "Code",
  "account.codeRequired": "Geben Sie den Code ein, den Sie erhalten haben.",
  "account.resend": "Neuen Code senden",
  "account.resent": "Wir haben einen neuen Code gesendet.",
  "account.resendIn": "Neuen Code in {seconds} s senden",
  "account.backToSignIn": "Zurück zur Anmeldung",

  "reset.title": "Passwort zurücksetzen",
  "reset.intro":
    "Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Code, mit dem Sie ein neues Passwort wählen.",
  "reset.requiredTitle": "Neues Passwort wählen",
  "reset.required":
    "Ihr Passwort wurde zurückgesetzt, Sie brauchen ein neues. Wenn Sie einen Code erhalten haben, verwenden Sie ihn; sonst senden wir Ihnen einen.",
  "reset.sentByEmail": "Wenn ein Konto passt, haben wir einen Code per E-Mail an {destination} gesendet.",
  "reset.sentBySms": "Wenn ein Konto passt, haben wir einen Code per SMS an {destination} gesendet.",
  "reset.sentSomewhere": "Wenn ein Konto passt, haben wir Ihnen einen Code gesendet.",
  "reset.ownCode": "Geben Sie den Code ein, den Sie erhalten haben, und wählen Sie ein neues Passwort.",
  "reset.newPassword": "Neues Passwort",
  "reset.passwordRequired": "Wählen Sie ein neues Passwort.",
  "reset.submit": "Neues Passwort festlegen",
  "reset.doneTitle": "Ihr Passwort ist geändert",
  "reset.done": "Sie können sich jetzt mit Ihrem neuen Passwort anmelden.",
  "reset.signingIn": "Ihr Passwort ist geändert. Sie werden angemeldet…",
  "reset.noContact":
    "Dieses Konto hat keine bestätigte E-Mail-Adresse oder Telefonnummer für einen Code, daher lässt sich das Passwort hier nicht zurücksetzen. Wenden Sie sich an den Support.",

  "confirm.title": "Konto bestätigen",
  "confirm.intro":
    "Ihr Konto ist noch nicht bestätigt. Geben Sie den Code ein, den wir bei der Registrierung gesendet haben, oder lassen Sie sich einen neuen senden.",
  "confirm.sentByEmail": "Wir haben einen Code per E-Mail an {destination} gesendet.",
  "confirm.sentBySms": "Wir haben einen Code per SMS an {destination} gesendet.",
  "confirm.sentSomewhere": "Wir haben Ihnen einen Code gesendet.",
  "confirm.ownCode": "Geben Sie den Code ein, den wir bei der Registrierung gesendet haben.",
  "confirm.submit": "Konto bestätigen",
  "confirm.doneTitle": "Ihr Konto ist bestätigt",
  "confirm.signingIn": "Ihr Konto ist bestätigt. Sie werden angemeldet…",
  "confirm.done": "Sie können sich jetzt anmelden.",

  "signUp.title": "Konto erstellen",
  "signUp.username": "Benutzername",
  "signUp.email": "E-Mail",
  "signUp.phone": "Telefonnummer",
  "signUp.emailOrPhone": "E-Mail oder Telefonnummer",
  "signUp.emailOrPhoneInvalid":
    "Geben Sie eine E-Mail-Adresse ein oder eine Telefonnummer, die mit + und der Landesvorwahl beginnt.",
  "signUp.country": "Land oder Vorwahl",
  "signUp.invalidPhone": "Geben Sie eine vollständige Telefonnummer ein.",
  "signUp.password": "Passwort",
  "signUp.passwordRequired": "Wählen Sie ein Passwort.",
  "signUp.optional": "(freiwillig)",
  "signUp.required": "Füllen Sie {label} aus.",
  "signUp.invalidEmail": "Geben Sie eine E-Mail-Adresse wie name@example.com ein.",
  "signUp.consentRequired": "Stimmen Sie zu, um ein Konto zu erstellen.",
  "signUp.submit": "Konto erstellen",
  "signUp.pending": "Ihr Konto wird erstellt…",
  "signUp.exists": "Ein Konto mit diesem Benutzernamen gibt es schon. Möchten Sie sich stattdessen anmelden?",
  "signUp.signIn": "Stattdessen anmelden",
  "signUp.haveAccount": "Schon ein Konto? Anmelden",
  "signUp.codeByEmail":
    "Wir haben einen Code per E-Mail an {destination} gesendet. Geben Sie ihn ein, um Ihr Konto zu bestätigen.",
  "signUp.codeBySms":
    "Wir haben einen Code per SMS an {destination} gesendet. Geben Sie ihn ein, um Ihr Konto zu bestätigen.",
  "signUp.codeSomewhere":
    "Wir haben Ihnen einen Code gesendet. Geben Sie ihn ein, um Ihr Konto zu bestätigen.",
  "signUp.confirm": "Konto bestätigen",
  "signUp.linkTitle": "Prüfen Sie Ihre E-Mails",
  "signUp.linkSent":
    "Wir haben einen Link an {destination} gesendet. Öffnen Sie ihn, um Ihr Konto zu bestätigen.",
  "signUp.linkSentSomewhere":
    "Wir haben Ihnen einen Link gesendet. Öffnen Sie ihn, um Ihr Konto zu bestätigen.",
  "signUp.linkWaiting": "Sobald der Link geöffnet wurde, werden Sie hier angemeldet.",
  "signUp.linkConfirmed": "Ich habe bestätigt",
  "signUp.resendLink": "Neuen Link senden",
  "signUp.resendLinkIn": "Neuen Link in {seconds} s senden",
  "signUp.linkResent": "Wir haben einen neuen Link gesendet.",
  "signUp.startAgain": "Andere Angaben verwenden",
  "signUp.signingIn": "Ihr Konto ist bestätigt. Sie werden angemeldet…",
  "signUp.doneTitle": "Ihr Konto ist bestätigt",
  "signUp.done": "Sie können sich jetzt anmelden.",
};

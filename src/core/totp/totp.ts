/**
 * Helpers for authenticator-app setup: the otpauth:// URI the QR code encodes (Key URI Format), and the
 * secret formatted for reading aloud or typing. Exported from the `/screens` entry with the screens that
 * use them: from the main entry, bundlers would put them in the first load of every page.
 */

export interface TotpUriOptions {
  /** The base32 secret from AssociateSoftwareToken. */
  secret: string;
  /** Who the account is with, shown by the authenticator app (e.g. "Acme"). */
  issuer?: string;
  /** Which account, e.g. the username or email. */
  account: string;
}

/** Base32 as apps expect it: upper case, no spaces, no padding. */
function normalizeSecret(secret: string): string {
  return secret.replace(/[\s=]/g, "").toUpperCase();
}

/**
 * `otpauth://totp/Issuer:account?secret=…&issuer=Issuer`. Every part is percent-encoded as a URI
 * component, so spaces, colons, `&`, `?` and non-ASCII survive every authenticator's parser. The issuer
 * appears both in the label and as a parameter, as the format recommends.
 */
export function totpUri({ secret, issuer, account }: TotpUriOptions): string {
  const label =
    issuer === undefined || issuer === ""
      ? encodeURIComponent(account)
      : `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  // Encoded too: a secret is base32 once the client has read it, but this helper is public.
  const query = [`secret=${encodeURIComponent(normalizeSecret(secret))}`];
  if (issuer !== undefined && issuer !== "") query.push(`issuer=${encodeURIComponent(issuer)}`);
  return `otpauth://totp/${label}?${query.join("&")}`;
}

/** The secret in groups of four (`JBSW Y3DP EHPK 3PXP`), for reading and typing by hand. */
export function formatSecretForReading(secret: string, groupSize = 4): string {
  const clean = normalizeSecret(secret);
  const groups: string[] = [];
  for (let index = 0; index < clean.length; index += groupSize)
    groups.push(clean.slice(index, index + groupSize));
  return groups.join(" ");
}

export interface CognitoLocalState {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  pid: number;
  dataDir: string;
  smsCode: string;
}
export interface SeedUser {
  username: string;
  email?: string;
  phone?: string;
  password?: string;
  temporaryPassword?: string;
  sms?: boolean;
  totpSecret?: string;
  /** Seeded by SignUp: UNCONFIRMED, with the code SignUp sent. */
  unconfirmed?: boolean;
  /**
   * The email is not verified. Every seed is so at cognito-local (seeded without email_verified); the
   * fake, whose users are verified by default, is told so for these.
   */
  emailUnverified?: boolean;
}
export const SMS_CODE: string;
export const MAX_TOTP_SECRET: string;
export const PASSWORD: string;
export const TEMPORARY_PASSWORD: string;
export const SEED_USERS: SeedUser[];
export function freePort(): Promise<number>;
export function startCognitoLocal(): Promise<CognitoLocalState>;
export function stopCognitoLocal(state: CognitoLocalState): Promise<void>;

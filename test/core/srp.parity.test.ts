// @vitest-environment node
/**
 * Our SRP against AWS's own amazon-cognito-identity-js, byte for byte, on fixed inputs. AWS's library is
 * driven as an app would drive it (CognitoUser.authenticateUser over a request function that answers
 * PASSWORD_VERIFIER), with its random `a` and its clock pinned, so SRP_A and the claim signature are the
 * ones it would really send. The derived key comes from its AuthenticationHelper.
 */
import { createHash } from "node:crypto";
import * as awsCognito from "amazon-cognito-identity-js";
import {
  bytesToHex,
  createDeviceVerifier,
  createSrpEphemeral,
  hexToBytes,
  padHex,
  passwordAuthenticationKey,
  passwordClaim,
  SRP_GROUP,
  srpTimestamp,
  srpVerifier,
} from "../../src/core/srp/srp";

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = awsCognito;
/** Exported at run time, though its type declarations leave it out. */
const AuthenticationHelper = (
  awsCognito as unknown as { AuthenticationHelper: new (poolName: string) => object }
).AuthenticationHelper;

interface Fixture {
  poolName: string;
  userId: string;
  password: string;
  aHex: string;
  salt: string;
  srpB: string;
  secretBlock: string;
  now: Date;
}

/** Deterministic bytes: SHA-256 in counter mode over a label. */
function bytes(label: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let block = 0; block * 32 < length; block++) {
    const digest = createHash("sha256").update(`${label}/${block}`).digest();
    out.set(digest.subarray(0, Math.min(32, length - block * 32)), block * 32);
  }
  return out;
}
const hex = (label: string, length: number) => bytesToHex(bytes(label, length));

const PASSWORDS = ["correct horse battery staple", "Pässwörd-ü€😀", "p", "x".repeat(256), "with:colons:"];
const USERS = ["alice", "9a8b7c6d-1111-2222-3333-444455556666", "ünïcødé", "user@example.com"];

function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (let i = 0; i < 24; i++) {
    // Vary what padHex cares about: the top bit of salt and B, odd hex lengths, leading zero bytes.
    let salt = hex(`salt-${i}`, 16);
    if (i % 4 === 1) salt = `0${salt.slice(1)}`; // a leading zero nibble: odd length once parsed
    if (i % 4 === 2) salt = `8${salt.slice(1)}`; // top bit set: needs 00 in front
    if (i % 4 === 3) salt = `00${salt.slice(2)}`; // a whole leading zero byte
    let b = BigInt(`0x${hex(`B-${i}`, 384)}`) % SRP_GROUP.N;
    if (i === 5) b = 2n; // tiny B
    if (i === 6) b = SRP_GROUP.N - 1n; // largest B
    let aHex = hex(`a-${i}`, 128);
    if (i % 3 === 0) aHex = `00${aHex.slice(2)}`;
    // Dates that exercise the unpadded day and padded hours, minutes, seconds, across years.
    const now = new Date(
      Date.UTC(2020 + (i % 7), i % 12, 1 + ((i * 5) % 28), i % 24, (i * 7) % 60, (i * 13) % 60),
    );
    out.push({
      poolName: ["AbCdEf123", "a1", "ZZZZZZZZZ", "x9Y8z7"][i % 4] as string,
      userId: USERS[i % USERS.length] as string,
      password: PASSWORDS[i % PASSWORDS.length] as string,
      aHex,
      salt,
      srpB: b.toString(16),
      secretBlock: Buffer.from(bytes(`block-${i}`, 64 + i * 17)).toString("base64"),
      now,
    });
  }
  return out;
}

/** The BigInteger class amazon-cognito-identity-js uses internally (it is not exported by name). */
const BigInteger = (
  new AuthenticationHelper("pool") as unknown as { N: { constructor: new (v: string, r: number) => unknown } }
).N.constructor;

function pinRandomA(aHex: string) {
  return vi
    .spyOn(
      AuthenticationHelper.prototype as unknown as { generateRandomSmallA: () => unknown },
      "generateRandomSmallA",
    )
    .mockReturnValue(new BigInteger(aHex, 16));
}

interface AwsResult {
  srpA: string;
  signature: string;
  timestamp: string;
  secretBlock: string;
  username: string;
}

/** Runs AWS's USER_SRP_AUTH up to the PASSWORD_VERIFIER answer and returns what it would send. */
async function awsSignIn(fixture: Fixture): Promise<AwsResult> {
  pinRandomA(fixture.aHex);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(fixture.now);
  try {
    const pool = new CognitoUserPool({ UserPoolId: `eu-west-1_${fixture.poolName}`, ClientId: "client" });
    let srpA = "";
    let answer: Record<string, string> | undefined;
    (pool as unknown as { client: { request: unknown } }).client.request = (
      operation: string,
      params: { AuthParameters?: Record<string, string>; ChallengeResponses?: Record<string, string> },
      callback: (error: unknown, data: unknown) => void,
    ) => {
      if (operation === "InitiateAuth") {
        srpA = params.AuthParameters?.SRP_A ?? "";
        callback(null, {
          ChallengeName: "PASSWORD_VERIFIER",
          Session: "session",
          ChallengeParameters: {
            SALT: fixture.salt,
            SRP_B: fixture.srpB,
            SECRET_BLOCK: fixture.secretBlock,
            USER_ID_FOR_SRP: fixture.userId,
          },
        });
      } else {
        answer = params.ChallengeResponses;
        callback({ code: "Stop", message: "captured" }, null);
      }
    };
    const user = new CognitoUser({ Username: "typed-alias", Pool: pool });
    await new Promise<void>((resolve) =>
      user.authenticateUser(
        new AuthenticationDetails({ Username: "typed-alias", Password: fixture.password }),
        {
          onSuccess: () => resolve(),
          onFailure: () => resolve(),
        },
      ),
    );
    if (!answer) throw new Error("amazon-cognito-identity-js sent no PASSWORD_VERIFIER answer");
    return {
      srpA,
      signature: answer.PASSWORD_CLAIM_SIGNATURE ?? "",
      timestamp: answer.TIMESTAMP ?? "",
      secretBlock: answer.PASSWORD_CLAIM_SECRET_BLOCK ?? "",
      username: answer.USERNAME ?? "",
    };
  } finally {
    vi.useRealTimers();
    vi.restoreAllMocks();
  }
}

/** AWS's derived key, from its AuthenticationHelper with the same a. */
async function awsKey(fixture: Fixture): Promise<string> {
  pinRandomA(fixture.aHex);
  try {
    const helper = new AuthenticationHelper(fixture.poolName) as unknown as {
      getPasswordAuthenticationKey(
        user: string,
        password: string,
        b: unknown,
        salt: unknown,
        callback: (error: unknown, key: Uint8Array) => void,
      ): void;
    };
    return await new Promise((resolve, reject) =>
      helper.getPasswordAuthenticationKey(
        fixture.userId,
        fixture.password,
        new BigInteger(fixture.srpB, 16),
        new BigInteger(fixture.salt, 16),
        (error, key) => (error ? reject(error) : resolve(Buffer.from(key).toString("hex"))),
      ),
    );
  } finally {
    vi.restoreAllMocks();
  }
}

function ourEphemeral(aHex: string) {
  return createSrpEphemeral(() => Uint8Array.from(Buffer.from(aHex, "hex")));
}

describe("SRP parity with amazon-cognito-identity-js", () => {
  const all = fixtures();

  it("covers at least 20 distinct fixed inputs", () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((fixture) => fixture.aHex + fixture.salt + fixture.srpB)).size).toBe(all.length);
  });

  it.each(all.map((fixture, index) => [index, fixture] as const))(
    "fixture %i: SRP_A, derived key, timestamp and claim signature are identical",
    async (_index, fixture) => {
      const aws = await awsSignIn(fixture);
      const ephemeral = ourEphemeral(fixture.aHex);
      expect(ephemeral.srpA).toBe(aws.srpA);

      const key = await passwordAuthenticationKey({
        poolName: fixture.poolName,
        userId: fixture.userId,
        password: fixture.password,
        ephemeral,
        challenge: fixture,
      });
      expect(bytesToHex(key)).toBe(await awsKey(fixture));

      const claim = await passwordClaim({
        poolName: fixture.poolName,
        userId: fixture.userId,
        password: fixture.password,
        ephemeral,
        challenge: fixture,
        now: fixture.now,
      });
      expect(aws.username).toBe(fixture.userId);
      expect(claim.timestamp).toBe(aws.timestamp);
      expect(claim.passwordClaimSecretBlock).toBe(aws.secretBlock);
      expect(claim.passwordClaimSignature).toBe(aws.signature);
    },
  );

  it.each([
    ["fake-group-1", "eu-west-1_0f1e2d3c-aaaa-bbbb-cccc-111122223333"],
    ["-gP2sQ", "us-east-1_device"],
    ["group", "ünï"],
  ])(
    "a device verifier made by AWS for group %s equals ours for the same password and salt",
    async (group, device) => {
      const helper = new AuthenticationHelper("unused") as unknown as {
        generateHashDevice(group: string, device: string, callback: (error: unknown) => void): void;
        getSaltDevices(): string;
        getVerifierDevices(): string;
        getRandomPassword(): string;
      };
      await new Promise<void>((resolve, reject) =>
        helper.generateHashDevice(group, device, (error) => (error ? reject(error) : resolve())),
      );
      const salt = BigInt(`0x${helper.getSaltDevices()}`);
      const ours = await srpVerifier(group, device, helper.getRandomPassword(), salt);
      expect(padHex(ours)).toBe(helper.getVerifierDevices());
    },
  );

  it("makes device verifiers in ConfirmDevice's encoding, from its own random password and salt", async () => {
    const made = await createDeviceVerifier("group", "device");
    const salt = BigInt(`0x${Buffer.from(made.salt, "base64").toString("hex")}`);
    const expected = await srpVerifier("group", "device", made.randomPassword, salt);
    expect(Buffer.from(made.passwordVerifier, "base64")).toEqual(Buffer.from(hexToBytes(padHex(expected))));
    expect(Buffer.from(made.randomPassword, "base64")).toHaveLength(40);
    expect(made.randomPassword).not.toBe((await createDeviceVerifier("group", "device")).randomPassword);
  });

  it("formats TIMESTAMP with an unpadded day and padded time", () => {
    expect(srpTimestamp(new Date(Date.UTC(2026, 10, 3, 8, 5, 9)))).toBe("Tue Nov 3 08:05:09 UTC 2026");
  });
});

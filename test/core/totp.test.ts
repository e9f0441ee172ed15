import { formatSecretForReading, totpUri } from "../../src/core/totp/totp";

describe("totpUri", () => {
  it("builds the Key URI Format with the issuer in label and parameter", () => {
    expect(totpUri({ secret: "JBSWY3DPEHPK3PXP", issuer: "Acme", account: "alice" })).toBe(
      "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme",
    );
  });

  it("percent-encodes issuer and account as URI components", () => {
    const uri = totpUri({
      secret: "jbsw y3dp ehpk 3pxp====",
      issuer: "Acme & Co: Sign-in?",
      account: "zoë bell@exämple.com",
    });
    expect(uri).toBe(
      "otpauth://totp/Acme%20%26%20Co%3A%20Sign-in%3F:zo%C3%AB%20bell%40ex%C3%A4mple.com" +
        "?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20%26%20Co%3A%20Sign-in%3F",
    );
    // What an authenticator parses back out is exactly what was put in.
    const url = new URL(uri);
    const [issuer, account] = url.pathname.replace(/^\//, "").split(":").map(decodeURIComponent);
    expect([issuer, account]).toEqual(["Acme & Co: Sign-in?", "zoë bell@exämple.com"]);
    expect(url.searchParams.get("issuer")).toBe("Acme & Co: Sign-in?");
    expect(url.searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("leaves the issuer out when there is none", () => {
    expect(totpUri({ secret: "ABC", account: "a:b" })).toBe("otpauth://totp/a%3Ab?secret=ABC");
  });
});

describe("formatSecretForReading", () => {
  it("groups by four, upper case, without padding", () => {
    expect(formatSecretForReading("jbswy3dpehpk3pxp==")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(formatSecretForReading("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

// The MFA set-up step's registry (see ../lazy.ts for why it has its own).

/** The QR encoder, which only the authenticator set-up pays for. */
export const loadQrCode = () => import("qrcode.react");

"use client";
import { lazy, Suspense } from "react";
import { loadQrCode } from "./lazy";

// Loaded on demand: only the authenticator-setup screen pays for the QR encoder.
const QRCodeSVG = lazy(() => loadQrCode().then((module) => ({ default: module.QRCodeSVG })));

export interface QrCodeProps {
  /** What the code encodes: the otpauth:// URI. */
  value: string;
  /** The accessible name of the image. */
  label: string;
  size?: number;
}

/** The QR code of an otpauth:// URI, as an SVG image with an accessible name. */
export function QrCode({ value, label, size = 176 }: QrCodeProps) {
  return (
    <div data-slot="qr" role="img" aria-label={label}>
      <Suspense fallback={<div style={{ width: size, height: size }} />}>
        <QRCodeSVG value={value} size={size} marginSize={2} aria-hidden="true" />
      </Suspense>
    </div>
  );
}

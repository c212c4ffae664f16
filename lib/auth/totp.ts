import 'server-only';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { getDb } from '@/lib/db';
import { SERVICE_NAME } from '@/lib/service';

/** A code is accepted for the 30-second step it belongs to and one step either side (clock drift). */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The text an authenticator app reads from the QR code. */
export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: SERVICE_NAME, label: email, secret });
}

/** The QR code as an SVG data URL, drawn on the server: the secret never goes to a third party. */
export async function totpQrCode(email: string, secret: string): Promise<string> {
  const svg = await QRCode.toString(totpUri(email, secret), {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export function normaliseTotpCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** The time step a code belongs to, or null if it is not a current code for this secret. */
export async function totpStepOf(secret: string, code: string, now = Date.now()): Promise<bigint | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOLERANCE_SECONDS });
  // delta: how many 30-second steps before or after the current one the code matched.
  return result.valid ? BigInt(Math.floor(epoch / 30) + result.delta) : null;
}

/**
 * Accepts a code once: it must be current and belong to a later step than the last code this account
 * used, and recording that step is a single conditional update, so two requests racing with the same code
 * cannot both win.
 */
export async function acceptTotpCode(userId: string, secret: string, code: string): Promise<boolean> {
  const step = await totpStepOf(secret, normaliseTotpCode(code));
  if (step === null) return false;
  const { count } = await getDb().staffUser.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

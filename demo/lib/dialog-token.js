/**
 * Dialog tokens: short-lived EdDSA (Ed25519) JWTs like Dialogporten issues in
 * `dialogToken`, plus the JWKS that service platforms verify them with.
 * Only node:crypto is used.
 */
import { createPublicKey, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';

export const DIALOG_TOKEN_TTL_SECONDS = 600;

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const b64json = (obj) => b64url(JSON.stringify(obj));

/**
 * Creates a fresh Ed25519 signing key (one per server start, like a key rotation).
 * @returns {{ kid: string, privateKey: import('node:crypto').KeyObject, jwk: object }}
 */
export function createSigningKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kid = `dp-demo-${randomUUID().slice(0, 8)}`;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'EdDSA' };
  return { kid, privateKey, jwk };
}

/** The JSON Web Key Set document for the given keys. */
export function jwks(keys) {
  return { keys: keys.map((k) => k.jwk) };
}

/**
 * Signs a JWT with EdDSA.
 * @param {object} payload
 * @param {{ kid: string, privateKey: import('node:crypto').KeyObject }} key
 */
export function signJwt(payload, key) {
  const input = `${b64json({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })}.${b64json(payload)}`;
  return `${input}.${b64url(sign(null, Buffer.from(input), key.privateKey))}`;
}

/**
 * Issues the dialog token for one dialog, seen from the end user.
 * @param {{ dialog: any, endUser: { pid?: string, partyUrn?: string }, issuer: string, key: any, now?: number, ttlSeconds?: number }} o
 */
export function issueDialogToken({ dialog, endUser, issuer, key, now = Date.now(), ttlSeconds = DIALOG_TOKEN_TTL_SECONDS }) {
  const iat = Math.floor(now / 1000);
  const actions = new Set(['read']);
  for (const a of [...(dialog.guiActions || []), ...(dialog.apiActions || [])]) if (a.isAuthorized !== false && a.action) actions.add(a.action);
  const payload = {
    jti: randomUUID(),
    c: endUser.partyUrn || (endUser.pid ? `urn:altinn:person:identifier-no:${endUser.pid}` : 'urn:altinn:person:identifier-no:unknown'),
    l: 3,
    p: dialog.party,
    s: dialog.serviceResource,
    i: dialog.id,
    a: [...actions].join(';'),
    iss: issuer,
    iat,
    nbf: iat,
    exp: iat + ttlSeconds,
  };
  return signJwt(payload, key);
}

/**
 * Decodes a JWT without verifying it (null when malformed).
 * @returns {{ header: any, payload: any, signingInput: string, signature: Buffer } | null}
 */
export function decodeJwt(token) {
  if (typeof token !== 'string' || token.length > 8192) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object') return null;
    return { header, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
  } catch {
    return null;
  }
}

/**
 * Verifies an EdDSA JWT against a JWKS document.
 * @param {string} token
 * @param {{ keys: object[] }} keySet
 * @param {{ now?: number, clockSkewSeconds?: number }} [o]
 * @returns {{ ok: true, payload: any, header: any } | { ok: false, reason: 'malformed'|'algorithm'|'unknown-key'|'signature'|'expired'|'not-yet-valid' }}
 */
export function verifyJwt(token, keySet, { now = Date.now(), clockSkewSeconds = 5 } = {}) {
  const jwt = decodeJwt(token);
  if (!jwt) return { ok: false, reason: 'malformed' };
  if (jwt.header.alg !== 'EdDSA') return { ok: false, reason: 'algorithm' };
  const jwk = (keySet?.keys || []).find((k) => k.kid === jwt.header.kid && k.kty === 'OKP' && k.crv === 'Ed25519');
  if (!jwk) return { ok: false, reason: 'unknown-key' };
  let valid = false;
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    valid = verify(null, Buffer.from(jwt.signingInput), publicKey, jwt.signature);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'signature' };
  const t = Math.floor(now / 1000);
  const { exp, nbf } = jwt.payload;
  if (typeof exp !== 'number' || t > exp + clockSkewSeconds) return { ok: false, reason: 'expired' };
  if (typeof nbf === 'number' && t + clockSkewSeconds < nbf) return { ok: false, reason: 'not-yet-valid' };
  return { ok: true, payload: jwt.payload, header: jwt.header };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

// A compact JWT (HS256). Claims carry who the user is; the tenant is taken from here only.
// `ver` is the user's token version when signed: a sign-out or password change bumps it, ending the token.
export type TokenClaims = { sub: string; tid: string; iat: number; exp: number; ver?: number };

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export const signToken = (claims: TokenClaims, secret: Buffer): string => {
  const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
  return `${body}.${b64url(createHmac('sha256', secret).update(body).digest())}`;
};

export const verifyToken = (token: string, secret: Buffer, nowSeconds: number): TokenClaims | null => {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    if (typeof claims.sub !== 'string' || typeof claims.tid !== 'string' || typeof claims.exp !== 'number') return null;
    return claims.exp > nowSeconds ? claims : null;
  } catch {
    return null;
  }
};

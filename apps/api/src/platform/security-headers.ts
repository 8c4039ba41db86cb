// Security headers on every response the app sends (page, static assets, /graphql, errors), so they
// hold with or without a proxy in front. The built web client has no inline script or style, so
// the policy allows scripts and styles from this origin only.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

// The one inline style the client makes: react-aria's pressable elements add a <style> of
// `touch-action` rules at run time. It is allowed by its hash, not by 'unsafe-inline'; if a new
// react-aria changes the text, the browser journeys fail on the CSP violation it reports.
export const REACT_ARIA_PRESS_STYLE = '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}';
const styleHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHash(REACT_ARIA_PRESS_STYLE)}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const HSTS = 'max-age=31536000; includeSubDomains';

export const securityHeaders = (req: Request, res: Response, next: NextFunction) => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY'); // frame-ancestors for browsers that predate it
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Only over TLS (directly, or X-Forwarded-Proto from a proxy that TRUST_PROXY believes): a browser
  // ignores HSTS over plain HTTP, and sending it there would promise what the server cannot keep.
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
  next();
};

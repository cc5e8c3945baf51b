/**
 * URL policy. `src` may be an http(s) URL or a relative one; links inside data must be absolute http(s).
 * Everything else (javascript:, data:, blob:, file:, protocol-relative, credentials) is refused with a reason.
 */
export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: UrlRejection };

export type UrlRejection =
  | 'empty'
  | 'scheme'
  | 'protocol-relative'
  | 'credentials'
  | 'control-characters'
  | 'not-absolute'
  | 'unparsable';

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);

/** Characters that browsers strip or ignore while parsing a URL: a sign of obfuscation. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

function check(raw: string, base: string | undefined, requireAbsolute: boolean): UrlVerdict {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: 'empty' };
  if (CONTROL_CHARACTERS.test(value)) return { ok: false, reason: 'control-characters' };
  if (/^[\\/]{2}/.test(value)) return { ok: false, reason: 'protocol-relative' };
  const hasScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value);
  if (requireAbsolute && !hasScheme) return { ok: false, reason: 'not-absolute' };
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) return { ok: false, reason: 'scheme' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'credentials' };
  return { ok: true, url: parsed.href };
}

/** Checks a `src` value; relative URLs are resolved against `base` (the page's base URI). */
export function checkSourceUrl(raw: string, base: string): UrlVerdict {
  return check(raw, base, false);
}

/** Checks a link target found in data: only absolute http(s) URLs become links. */
export function checkLinkUrl(raw: string): UrlVerdict {
  return check(raw, undefined, true);
}

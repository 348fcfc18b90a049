// @ts-check
/**
 * `BASE_PATH` read and checked in one place: by lib/site.ts for the pages and by next.config.js,
 * which Node loads as plain JavaScript (so this module is JavaScript too).
 * @param {string | undefined} raw
 * @returns {string} `''` at the root, else `/a/b`
 */
export function normalizeBasePath(raw) {
  const value = (raw ?? '').trim().replace(/\/+$/, '');
  if (value === '') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(value.startsWith('/') ? value : `/${value}`)) {
    throw new Error(`BASE_PATH must be a path of ASCII segments such as /daedam (got "${raw}")`);
  }
  return value.startsWith('/') ? value : `/${value}`;
}

import path from 'node:path';
import { normalizeBasePath } from './base-path.js';
import { en } from './i18n/en';
import { ja } from './i18n/ja';
import { ko } from './i18n/ko';
import { readSiteFile } from './publication/site-file';
import type { Language, SiteSettings } from './publication/site-file';
import type { ContentIssue } from './posts/errors';

/**
 * Site-wide settings: the publication's own from `site.yaml` in the content folder
 * (lib/publication/site-file.ts), the deployment's from the environment (README, "Configuration").
 */
export interface SiteConfig {
  /** Display name, also the OG site name (site.yaml `name`, else the interface's default). */
  name: string;
  description: string;
  /** The interface's language (site.yaml `language`): every word of the chrome. */
  language: Language;
  /** The language tag as the publisher wrote it (`en-GB`): `<html lang>`, dates, feeds. */
  locale: string;
  /** JSON-LD publisher and the feeds' author when a post names nobody. */
  publisher?: SiteSettings['publisher'];
  author?: string;
  /** The publication elsewhere: JSON-LD sameAs, `rel="me"` links in the footer. */
  links: string[];
  /** The publisher's icon, relative to the content folder. */
  icon?: string;
  /**
   * What is wrong with site.yaml: the content check reports it with every other problem
   * (lib/posts/load.ts) and the build stops; until then the defaults stand in.
   */
  fileIssues: ContentIssue[];
  /** Absolute origin without a trailing slash, e.g. `https://example.com`. */
  url: string;
  /** Sub-path the site is served under (`/daedam`), or `''` at the root. */
  basePath: string;
  /** Absolute path of the content folder. */
  postsDir: string;
  /**
   * One share page and preview card per question (`/posts/<slug>/q/<n>`). `QUESTION_PAGES=off`
   * leaves them out for hosts with a file cap: a post then costs 3 files instead of 3 + 2 per
   * question, and a shared answer is the post's `#q-N` link with the post's card.
   */
  questionPages: boolean;
  /**
   * Whether posts marked `draft: true` are shown (`DRAFTS=on|off`): on by default in
   * `npm run dev`, off in a build. The same posts make the pages, feeds, search and cards.
   */
  drafts: boolean;
}

function normalizeUrl(raw: string | undefined): string {
  const value = raw?.trim() || 'http://localhost:3000';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://example.com (got "${value}")`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`SITE_URL must start with http:// or https:// (got "${value}")`);
  }
  return parsed.origin;
}

const DEFAULTS = { ko, en, ja };

export function readSiteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const postsDir = path.resolve(process.cwd(), env.POSTS_DIR?.trim() || 'posts');
  const { settings, issues } = readSiteFile(postsDir);
  const defaults = DEFAULTS[settings.language].site;
  return {
    name: settings.name ?? defaults.name,
    description: settings.description ?? defaults.description,
    language: settings.language,
    locale: settings.locale,
    publisher: settings.publisher,
    author: settings.author,
    links: settings.links,
    icon: settings.icon,
    fileIssues: issues,
    url: normalizeUrl(env.SITE_URL),
    basePath: normalizeBasePath(env.BASE_PATH),
    postsDir,
    questionPages: readSwitch('QUESTION_PAGES', env.QUESTION_PAGES, true),
    drafts: readSwitch('DRAFTS', env.DRAFTS, env.NODE_ENV === 'development'),
  };
}

function readSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  throw new Error(`${name} must be on or off (got "${raw}")`);
}

export const site: SiteConfig = readSiteConfig();

/** A site path with the base path: `/posts/a` → `/daedam/posts/a`. */
export function sitePath(pathname: string): string {
  return `${site.basePath}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
}

/** The absolute public URL of a site path, for canonical links, feeds and share URLs. */
export function absoluteUrl(pathname: string): string {
  return `${site.url}${sitePath(pathname)}`;
}

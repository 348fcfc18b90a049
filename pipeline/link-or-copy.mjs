// @ts-check
/**
 * Plain JavaScript: the build's scripts (plain Node) and the share cards' TypeScript both use
 * it — the cards' threads (lib/og/card-files.ts) and the page cache (pipeline/page-cache/export.mjs).
 */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

/** Why a hard link could not be made where a copy can: another filesystem, no links there. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP']);

/**
 * Puts the file at `from` at `to` too: a hard link (no bytes written), or a copy where a link
 * cannot go (another filesystem, a filesystem without links); a file already at `to` is
 * replaced. Only for files never changed once written (a card, a finished page: a new one is
 * a new file), which the export and a cache can then share; creating a file costs this machine
 * about as much as drawing half a card (bench/README.md).
 * @param {string} from @param {string} to
 */
export function linkOrCopy(from, to) {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? '';
    if (code === 'EEXIST') rmSync(to);
    else if (!NO_LINK.has(code)) throw error;
    copyFileSync(from, to);
  }
}

import { copyFileSync, linkSync, rmSync } from 'node:fs';

/** Why a hard link could not be made where a copy can: another filesystem, no links there. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP']);

/**
 * Puts the file at `from` at `to` too: a hard link (no bytes written), or a copy where a link
 * cannot go (another filesystem, a filesystem without links); a file already at `to` is
 * replaced. Only for files never changed once written (a card, a finished page: a new one is
 * a new file), which the export and a cache can then share (the share cards' threads,
 * lib/og/card-files.ts, and the page cache, ./page-cache/export.ts); creating a file costs this
 * machine about as much as drawing half a card (bench/README.md).
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') rmSync(to);
    else if (!NO_LINK.has(code)) throw error;
    copyFileSync(from, to);
  }
}

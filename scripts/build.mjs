// @ts-check
/**
 * `npm run build`: the build pipeline (pipeline/build.ts), TypeScript run through tsx's API so
 * that `node scripts/build.mjs` stays the one command (tests, the bench and CI use it too).
 */
import { register } from 'tsx/esm/api';

register();
await import('../pipeline/build.ts');

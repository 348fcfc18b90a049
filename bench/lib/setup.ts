import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/serve.mjs';

/** What every bench shares: the browser it drives, the environment it builds in, a server. */
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A production build, as a publisher runs it. */
export const BUILD_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
};

/** `npm start`'s static server over `dir`, on a free port of 127.0.0.1. */
export async function serveDir(dir: string) {
  const server = createStaticServer({ root: dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

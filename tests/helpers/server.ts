import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/serve.mjs';

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

/** The same static server as `npm start`, on a free port of 127.0.0.1. */
export async function serve(root: string, basePath = ''): Promise<RunningServer> {
  const server = createStaticServer({ root, basePath });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import net from 'node:net';

/**
 * HTTP/1.1 over a raw socket, byte for byte as written: `fetch` normalises `/../` and `%2e%2e`,
 * refuses bad URLs and adds headers of its own, so what a server does with exactly these bytes
 * is tested this way. The body is kept as latin1 text: one character a byte.
 */
export interface RawResponse {
  status: number;
  head: string;
  body: string;
}

export function raw(origin: string, request: string, timeout = 5000): Promise<RawResponse> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0),
        head,
        body: rest.join('\r\n\r\n'),
      });
    });
    socket.setTimeout(timeout, () => socket.destroy());
    // Written whole, then wait for the answer (a half-closed socket may be dropped early).
    socket.write(request);
  });
}

/** A GET with `headers` (each line ending in CRLF), closing the connection after the answer. */
export const get = (target: string, headers = '', method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

/** A response header's value (names are case-insensitive), or undefined. */
export function headerOf(response: RawResponse, name: string): string | undefined {
  const line = response.head
    .split('\r\n')
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(line.indexOf(':') + 1).trim();
}

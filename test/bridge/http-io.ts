// Small pieces of HTTP plumbing for the bridge: bounded JSON bodies and plain replies.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Far above any contract call (they carry paths and short strings, never files). */
const MAX_BODY_BYTES = 1024 * 1024;

export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped (the server's request timeout bounds
      // how long), so the client still gets its 413 instead of a reset connection.
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        reject(new HttpFailure(413, 'Request body too large.'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      try {
        resolveBody(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpFailure(400, 'The request body is not JSON.'));
      }
    });
  });
}

export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  head = false,
): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

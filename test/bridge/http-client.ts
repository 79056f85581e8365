// Raw HTTP for the bridge tests: unlike fetch, it sends paths and headers exactly as given
// (`/../x`, a foreign Host), which is what the bridge must be tested against.
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(
  url: string,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        // A fresh connection per call: a pooled keep-alive socket would hide a closed server.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A same-origin JSON call, as the page's fetch makes it. */
export async function rpc(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const origin = url.replace(/\/$/, '');
  const res = await rawRequest(url, {
    path: '/__rpc',
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: JSON.parse(res.body) };
}

// Server-sent events: engine events go to every open page as `data: {event, payload}`.
import type { ServerResponse } from 'node:http';
import type { EventMessage } from '../../shared/api';

/** A test opens one page, maybe a few; more than this is a leak, not a use. */
const MAX_CLIENTS = 16;
/** Comment lines keep idle connections from being reaped by anything in between. */
const KEEPALIVE_MS = 15_000;

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly waiters = new Set<() => void>();
  private readonly keepalive: NodeJS.Timeout;

  constructor() {
    this.keepalive = setInterval(() => this.write(': keepalive\n\n'), KEEPALIVE_MS);
    this.keepalive.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Takes over the response; false when the stream is full (the caller answers 503). */
  attach(res: ServerResponse): boolean {
    if (this.clients.size >= MAX_CLIENTS) return false;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write('retry: 500\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    for (const wake of [...this.waiters]) wake();
    return true;
  }

  send(message: EventMessage): void {
    this.write(`data: ${JSON.stringify(message)}\n\n`);
  }

  /** Resolves once at least `count` pages listen, so a test never emits into the void. */
  async waitForClients(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.clients.size >= count) return;
    await new Promise<void>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`No ${count} event listener(s) connected within ${timeoutMs} ms.`));
      }, timeoutMs);
      const check = (): void => {
        if (this.clients.size < count) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolvePromise();
      };
      this.waiters.add(check);
    });
  }

  close(): void {
    clearInterval(this.keepalive);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/logger.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * The one HTTP server of the process: health checks, metrics and the Telegram webhook are routes on it.
 * Unknown paths get 404; a handler that throws gets a 500 without details.
 */
export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private server: Server | undefined;

  constructor(private readonly logger: Logger) {}

  route(method: 'GET' | 'POST', path: string, handler: RouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  async listen(port: number, host = '0.0.0.0'): Promise<number> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const handler = this.routes.get(`${req.method ?? 'GET'} ${path}`);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      Promise.resolve()
        .then(() => handler(req, res))
        .catch((err: unknown) => {
          this.logger.error({ err, path }, 'http handler failed');
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal error\n');
        });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const bound = (server.address() as AddressInfo).port;
    // close() came while the port was being bound (a SIGTERM during start-up): do not stay open.
    if (this.server !== server) server.close();
    return bound;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

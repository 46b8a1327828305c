import type { IncomingMessage } from 'node:http';

/** Why a request body was refused, as the status to answer with. */
export class BodyError extends Error {
  constructor(readonly status: 400 | 413) {
    super(status === 413 ? 'request body too large' : 'request body is not valid JSON');
    this.name = 'BodyError';
  }
}

/**
 * Reads a JSON body of at most `limit` bytes. A declared Content-Length over the limit is refused before
 * a byte is read, and a body that grows past it while streaming (chunked, or a lying header) stops being
 * buffered at once, so a stream of large posts cannot fill the memory. The error never quotes the body:
 * it may hold a child's words.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) throw new BodyError(413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyError(413);
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BodyError(400);
  }
}

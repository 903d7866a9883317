import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType, ResponseData } from './protocol';

/** Thrown when the background refuses or fails a request; `code` says why. */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Sends a request to the background and returns its data, or throws a RequestError. */
export async function sendRequest<T extends RequestType>(request: Request<T> & { type: T }): Promise<ResponseData[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new RequestError('internal', 'No answer from the extension background.');
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.data;
}

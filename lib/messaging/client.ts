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

/** The background's reply to a request; undefined when no answer came (the worker was restarting). */
const exchange = <T extends RequestType>(request: Request<T>): Promise<Reply<T> | undefined> =>
  browser.runtime.sendMessage(request).catch(() => undefined) as Promise<Reply<T> | undefined>;

/** Sends a request to the background and returns its data, or throws a RequestError (extension pages). */
export async function sendRequest<T extends RequestType>(request: Request<T> & { type: T }): Promise<ResponseData[T]> {
  const reply = await exchange<T>(request);
  if (!reply) throw new RequestError('internal', 'No answer from the extension background.');
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.data;
}

/**
 * Asks the background and returns its data, or null when it refused or could not answer. The content
 * scripts' one way to ask: on a host page a missing answer means "carry on without it", never an error.
 */
export async function askBackground<T extends RequestType>(request: Request<T> & { type: T }): Promise<ResponseData[T] | null> {
  const reply = await exchange<T>(request);
  return reply?.ok ? reply.data : null;
}

// Guards every request handler: cancellation answers at once, an internal error is logged and
// answered with the default instead of killing the server (rethrown under DOCKWISE_STRICT for tests).
import { ResponseError, LSPErrorCodes, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export function runSafe<T>(connection: Connection, token: CancellationToken | null | undefined, fallback: T, fn: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    return fn();
  } catch (e) {
    if (e instanceof ResponseError) return e;
    connection.console.error(`request failed: ${(e as Error).stack ?? e}`);
    if (process.env.DOCKWISE_STRICT === '1') throw e;
    return fallback;
  }
}

// The engine's worker thread in the app: the decrypted database and the keys live here, away from
// the main process. Requests are handled concurrently, so a `job.cancel` reaches a running job.
import { parentPort } from 'node:worker_threads';
import { createEngine } from './engine';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('The Muster engine worker must run in a worker thread.');

const post = (message: FromWorker) => port.postMessage(message);

const engine = createEngine({
  emit: (event, payload) => post({ type: 'event', event, payload }),
});

port.on('message', (message: ToWorker) => {
  if (message?.type !== 'request') return;
  const { requestId, method, params } = message;
  void engine.handle(method, params, requestId).then((envelope) => post({ type: 'response', requestId, envelope }));
});

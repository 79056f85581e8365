// The engine's worker thread in the app: the decrypted database and the keys live here, away from
// the main process. Requests are handled concurrently, so a `job.cancel` reaches a running job.
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { KdfParams } from '../../shared/domain';
import { createEngine } from './engine';
import type { FromWorker, ToWorker } from './protocol';

/** Optional settings passed as `workerData` (the app passes none; tests pass cheaper key derivation). */
const WorkerSettings = z
  .object({ defaultKdf: KdfParams.optional(), idleLockMinutes: z.number().positive().optional() })
  .strict()
  .optional();

const port = parentPort;
if (!port) throw new Error('The Muster engine worker must run in a worker thread.');

const post = (message: FromWorker) => port.postMessage(message);

const engine = createEngine({
  ...WorkerSettings.parse(workerData ?? undefined),
  soleEngineInProcess: true,
  emit: (event, payload) => post({ type: 'event', event, payload }),
});

port.on('message', (message: ToWorker) => {
  if (message?.type !== 'request') return;
  const { requestId, method, params } = message;
  void engine
    .handle(method, params, requestId)
    .then((envelope) => post({ type: 'response', requestId, envelope }));
});

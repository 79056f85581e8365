// Runs in the page before the app's own module script. It installs the preload's very
// `window.muster` (createMusterApi), over a channel carried by loopback HTTP instead of
// Electron IPC: invoke -> POST /__rpc, events -> one EventSource on /__events.
import { createMusterApi, type IpcRendererLike } from '../../../electron/preload/musterApi';
import { IPC, type InvokeRequest } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';

// In Electron a broken channel rejects; a dead bridge becomes an error value instead, so
// the renderer takes its ordinary error path and the test sees a message, not a hang.
const bridgeDown: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'The Muster engine did not answer.' },
};

async function post(request: InvokeRequest): Promise<unknown> {
  try {
    const response = await fetch('/__rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return await response.json();
  } catch {
    return bridgeDown;
  }
}

const channel: IpcRendererLike = {
  invoke(name, request) {
    return name === IPC.invoke ? post(request) : Promise.resolve(bridgeDown);
  },
  on(name, listener) {
    if (name !== IPC.event) return;
    // Opened as soon as the API is built, so an event emitted while the app is still
    // mounting is not lost between a subscription and the connection.
    const source = new EventSource('/__events');
    source.onmessage = (e: MessageEvent<string>) => {
      try {
        listener(undefined, JSON.parse(e.data));
      } catch {
        // Not JSON: nothing the API could deliver.
      }
    };
  },
};

// Non-writable and non-configurable, as contextBridge makes it: page code cannot swap it.
Object.defineProperty(window, 'muster', { value: createMusterApi(channel), enumerable: true });

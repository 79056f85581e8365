// `window.muster`: the page's only way to reach Muster. It forwards requests and events
// and nothing else; validation happens in the main process, so this file imports no
// runtime code beyond the channel names and stays tiny inside the sandbox.
import { IPC, type EventMessage, type InvokeRequest, type MusterApi } from '../../shared/api';

type ChannelListener = (event: unknown, message: unknown) => void;

/** The part of Electron's ipcRenderer the API needs; never handed to the page itself. */
export interface IpcRendererLike {
  invoke(channel: string, request: InvokeRequest): Promise<unknown>;
  on(channel: string, listener: ChannelListener): unknown;
}

function isEventMessage(message: unknown): message is EventMessage {
  return (
    typeof message === 'object' && message !== null && typeof (message as EventMessage).event === 'string'
  );
}

let sequence = 0;

export function newRequestId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `r-${Date.now().toString(36)}-${(++sequence).toString(36)}`;
}

export function createMusterApi(ipc: IpcRendererLike, makeRequestId: () => string = newRequestId): MusterApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  // One channel listener for all subscriptions; the page only ever sees payloads, never
  // Electron's event object (which would expose the sender).
  ipc.on(IPC.event, (_event, message) => {
    if (!isEventMessage(message)) return;
    for (const listener of [...(listeners.get(message.event) ?? [])]) {
      try {
        listener(message.payload);
      } catch {
        // One failing subscriber must not stop the others from hearing the event.
      }
    }
  });

  const api: MusterApi = {
    invoke(method, params, options) {
      const request: InvokeRequest = {
        method,
        params,
        requestId: options?.requestId ?? makeRequestId(),
      };
      return ipc.invoke(IPC.invoke, request) as Promise<never>;
    },
    on(event, listener) {
      if (typeof listener !== 'function') throw new TypeError('muster.on needs a listener function.');
      const wrapped = listener as (payload: unknown) => void;
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
  };
  return Object.freeze(api);
}

// Sandboxed preload: bundled to CommonJS (out/preload/index.cjs), with only `electron`
// left as a require.
import { contextBridge, ipcRenderer } from 'electron';
import { createMusterApi } from './musterApi';

contextBridge.exposeInMainWorld('muster', createMusterApi(ipcRenderer));

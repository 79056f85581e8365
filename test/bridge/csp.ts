// The bridge serves the renderer under the very policy the app window gets, taken from the
// main process, so a browser test fails wherever the app itself would be blocked.
export { CONTENT_SECURITY_POLICY as APP_CSP } from '../../electron/main/csp';

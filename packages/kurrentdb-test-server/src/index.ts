// Wire-compatible KurrentDB test server for the adapter's tests. Never shipped in production images.
export { startTestServer, SERVER_VERSION, type TestServer, type TestServerOptions } from './server';
export type { EventLog, StoredEvent } from './log';

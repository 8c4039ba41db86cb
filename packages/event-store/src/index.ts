// Public surface of @orgledger/event-store. The contract suite is not exported here because it
// needs jest globals: import it from '@orgledger/event-store/dist/contract'.
export * from './event-store';
export * from './hash-chain';
export { DEFAULT_MAX_EVENT_BYTES, eventSizeBytes, parseStreamName, type StreamNameParts } from './append-validation';
export { verifyChains, type BrokenLink, type VerifyResult } from './verify';
export { openSqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export { SQLITE_PRAGMAS } from './sqlite/schema';
export { openSqlite, sqliteBinding, SQLITE_BINDING_ENV } from './sqlite/native-binding';
export * from './checkpoint';
export * from './checkpoint-store';
export * from './tenant-verify';
export * from './log-tree';
export { openKurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export { keyDigest, type KeyChange, type KeyStateStore } from './key-state/key-state-store';
export { openSqliteKeyStateStore } from './key-state/sqlite-key-state';
export { openKurrentDbKeyStateStore, keyStateStream, KEY_STATE_CATEGORY, type KeyStateStreams } from './key-state/kurrentdb-key-state';

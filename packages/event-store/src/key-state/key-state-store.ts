// A small port for state that every API replica must share but that is not part of any tenant's
// history (the sign-in throttle): one JSON value per key, changed atomically.
import { createHash } from 'node:crypto';

// `next` undefined = leave the value as it is (a refusal writes nothing).
export type KeyChange<S, R> = (current: S | null) => { next?: S; result: R };

export type KeyStateStore = {
  // Applies `change` to the key's current value atomically: with a concurrent writer (another
  // replica) the change is re-run on the newer value, so no update is lost.
  update<S, R>(key: string, change: KeyChange<S, R>): Promise<R>;
  read<S>(key: string): Promise<S | null>;
  close(): Promise<void>;
};

// Keys hold emails and client addresses: stored by digest only, so neither sits in a file or stream name.
export const keyDigest = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 40);

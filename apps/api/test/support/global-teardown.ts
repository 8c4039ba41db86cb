import { rmSync } from 'node:fs';

export default async () => {
  const dir = process.env.ORGLEDGER_TEST_TEMPLATE;
  if (dir) rmSync(dir, { recursive: true, force: true });
};

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  // The domain's shared kernel from its TypeScript source (the package builds to CommonJS), so the
  // bundle keeps only the value rules a screen uses and never the rest of the domain.
  resolve: { alias: { '@orgledger/domain/shared': fileURLToPath(new URL('../../packages/domain/src/shared/index.ts', import.meta.url)) } },
  server: { proxy: { '/graphql': api } },
  preview: { proxy: { '/graphql': api } },
  build: { target: 'es2022' },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});

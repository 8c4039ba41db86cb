// Benchmark (not a test): the activity analysis of a 5,000-post authority through the real API
// over HTTP, next to a raw read of the same rows from the read-model store in the same run.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleLogger } from '@nestjs/common';
import { openSqlite } from '@orgledger/event-store';
import { configFromEnv } from '../platform/config';
import { createHttpApp, openContext } from '../platform/bootstrap';
import { commandMeta, SYSTEM_ACTOR } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { createTenant } from '../tenancy/tenancy.commands';
import { addUserWithPassword } from '../tenancy/invitations';
import { addDirectorate, addService, registerAuthority, startProgramme } from '../authorities/authority.commands';
import { importPosts } from '../establishment/establishment.commands';
import { submitActivityReturn } from '../analysis/analysis.commands';
import { seededRandom } from '../demo/establishment-demo';
import { taxonomyModel } from '../analysis/analysis.projector';

const POSTS = 5_000;
const SERVICES = 25;
const RUNS = 60;
const LIMIT_MS = 100;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-analysis-bench-'));
  const ctx = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0' }));
  const meta = (label: string, tenantId = 'pending') => commandMeta(tenantId, SYSTEM_ACTOR, { commandId: derivedUuid('bench', label) });
  const tenantId = await createTenant(ctx, meta('tenant'), { name: 'Bench Consulting' });
  await addUserWithPassword(ctx, meta('admin', tenantId), { email: 'bench@bench.example', displayName: 'Bench', role: 'consultant' }, 'bench-password-2026');
  const authorityId = await registerAuthority(ctx, meta('authority', tenantId), { name: 'Largeshire County Council', kind: 'County council' });
  const directorateId = await addDirectorate(ctx, meta('directorate', tenantId), { authorityId, name: 'All services' });
  const services: { id: string; name: string }[] = [];
  for (let i = 0; i < SERVICES; i++) {
    const name = `Service ${String(i + 1).padStart(2, '0')}`;
    services.push({ id: await addService(ctx, meta(`service:${i}`, tenantId), { authorityId, directorateId, name }), name });
  }
  const programmeId = await startProgramme(ctx, meta('programme', tenantId), { authorityId, name: 'Contract management', objective: 'Benchmark' });
  const random = seededRandom(5000);
  const rows = ['Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost'];
  for (let i = 0; i < POSTS; i++) {
    rows.push(`P-${i},${services[i % SERVICES].name},Officer,G6,17,${random() < 0.2 ? '0.6' : '1'},EMP-${i},no,${30000 + Math.floor(random() * 20000)}`);
  }
  const importMeta = meta('import', tenantId);
  await importPosts(ctx, importMeta, { authorityId, fileName: 'large.csv', contentBase64: Buffer.from(rows.join('\n')).toString('base64') });
  const activities = ctx.readModels.get(taxonomyModel, tenantId, programmeId)!.activities;
  const cm = activities.filter((a) => a.parentId !== null).map((a) => a.activityId);
  const other = activities.find((a) => !a.contractManagement)!.activityId;
  for (let s = 0; s < SERVICES; s++) {
    const posts = [];
    for (let i = s; i < POSTS; i += SERVICES) {
      const share = Math.floor(random() * 12) * 5;
      posts.push({
        postId: derivedUuid(importMeta.commandId, 'post', `P-${i}`),
        shares: [
          { activityId: cm[i % cm.length], percent: share },
          { activityId: other, percent: 100 - share },
        ],
      });
    }
    await submitActivityReturn(ctx, meta(`return:${s}`, tenantId), { programmeId, authorityId }, { serviceId: services[s].id, posts }, null);
  }

  const app = await createHttpApp(ctx, new ConsoleLogger({ logLevels: ['error'] }));
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const post = <T>(body: unknown, token?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ data: T; errors?: unknown }>);
  const token = (
    await post<{ signIn: { token: string } }>({
      query: 'mutation { signIn(input: {email: "bench@bench.example", password: "bench-password-2026"}) { token } }',
    })
  ).data.signIn.token;
  const query = {
    query:
      'query($p: ID!) { activityAnalysis(programmeId: $p) { headline totalFte totalCostPence byService { serviceId fte costPence } byActivity { activityId fte } } }',
    variables: { p: programmeId },
  };

  const readModels = openSqlite(join(dir, 'read-models.sqlite'), { readonly: true });
  const raw = () =>
    readModels
      .prepare(`SELECT json FROM rows WHERE tenant_id = ? AND model IN ('post', 'activityShares')`)
      .all(tenantId)
      .map((r) => JSON.parse((r as { json: string }).json));
  const times: number[] = [];
  const rawTimes: number[] = [];
  let headline = '';
  for (let i = 0; i < RUNS + 5; i++) {
    // Alternate: the figure, then its limit, so both see the same machine noise.
    const t0 = performance.now();
    const res = await post<{ activityAnalysis: { headline: string } }>(query, token);
    const t1 = performance.now();
    raw();
    const t2 = performance.now();
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    headline = res.data.activityAnalysis.headline;
    if (i >= 5) (times.push(t1 - t0), rawTimes.push(t2 - t1));
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const rawP50 = percentile(rawTimes, 50);
  console.log(`activity analysis of a ${POSTS.toLocaleString('en-GB')}-post authority, ${SERVICES} services, ${RUNS} runs over HTTP`);
  console.log(`  headline: ${headline}`);
  console.log(`  p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms   target < ${LIMIT_MS} ms: ${p95 < LIMIT_MS ? 'met' : 'MISSED'}`);
  console.log(
    `  limit measured beside it: raw read + JSON.parse of the same ${POSTS * 2} rows, p50 ${rawP50.toFixed(1)} ms (ratio ${(p50 / rawP50).toFixed(2)}×)`,
  );
  readModels.close();
  await app.close();
  await ctx.readModels.close();
  await ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Spreadsheets shaped to exhaust the API: very wide (a cell in the last column, XFD), very tall,
// both, one far cell, many sheets, shared-string bombs, and CSV lines of 100,000 commas. Each one
// sent to importPosts (and some to importTargetContracts) must be refused with the code of the
// limit it breaks, append nothing, and leave the API answering: a /healthz poller runs every ~20 ms
// through the whole attack, in this process, and its worst latency is printed and must be ≤ 200 ms.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { freshDir, killAllApis, removeTempDirs, startApi } from '../../support/api.mjs';
import { assertClientError, assertData, assertHealthy, DEMO, gql, NORTHSHIRE, signIn } from '../../support/gql.mjs';
import { openEvents } from '../../support/store.mjs';
import { HOOK_TIMEOUT, sleep } from '../../support/util.mjs';
import { zip } from '../../support/zip.mjs';

const WORST_HEALTHZ_MS = 200;
// 20 uploads arriving at the same moment are 20 request bodies to parse at once: that is
// bounded, not free, so the burst has its own, looser bound (and prints its figure).
const WORST_HEALTHZ_IN_BURST_MS = 1000;
const POST_HEADERS = ['Reference', 'Service', 'Title', 'Grade', 'SCP', 'FTE', 'Postholder', 'Vacant', 'Budgeted annual cost'];
const CONTRACT_HEADERS = ['Reference', 'Title', 'Supplier', 'Service', 'Annual value', 'Whole-life value', 'Start date', 'End date', 'Risk'];

let api;
let store;
let token;
let authorityId;
let programmeId;
let serviceName;

before(async () => {
  const dir = freshDir('hostile-sheets');
  api = await startApi({ dataDir: dir });
  store = openEvents(dir);
  token = (await signIn(api.url, DEMO.consultant)).token;
  const { authorities } = assertData(
    await gql(api.url, '{ authorities { id name services { name } programmes { id } } }', undefined, { token }),
    'authorities',
  );
  const northshire = authorities.find((a) => a.name === NORTHSHIRE);
  authorityId = northshire.id;
  programmeId = northshire.programmes[0].id;
  serviceName = northshire.services[0].name;
}, HOOK_TIMEOUT);

after(async () => {
  store?.close();
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

// ---------------------------------------------------------------------------------------------
// Workbooks, written by hand so that each has exactly the hostile shape and nothing else.

const letters = (n) => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const inline = (ref, text) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const headerRow = (headers) => `<row r="1">${headers.map((h, i) => inline(`${letters(i + 1)}1`, h)).join('')}</row>`;
const sheetXml = ({ dimension, rows, headers = POST_HEADERS }) =>
  `${xmlHead}<worksheet ${NS}>${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${headerRow(headers)}${rows}</sheetData></worksheet>`;
// rows first..last, each with one numeric cell in `column`
const column = (col, first, last) => {
  const parts = [];
  for (let r = first; r <= last; r++) parts.push(`<row r="${r}"><c r="${col}${r}"><v>1</v></c></row>`);
  return parts.join('');
};

// A workbook of `sheets` (first = what is imported) and optionally a shared-strings part.
const workbook = (sheets, sharedStrings) => {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sst = sharedStrings
    ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    : '';
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const sstRel = sharedStrings
    ? `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  return zip([
    {
      name: '[Content_Types].xml',
      data: `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sst}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${xmlHead}<workbook ${NS}><sheets>${sheets.map((_, i) => `<sheet name="Sheet${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${sstRel}</Relationships>`,
    },
    ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: sharedStrings }] : []),
  ]);
};
const xlsxOf = (sheet, sharedStrings) => workbook([sheet], sharedStrings);

// rows 2..last, every mapped column a reference to shared string 0
const sharedRows = (last, headers = POST_HEADERS) => {
  const parts = [];
  for (let r = 2; r <= last; r++) parts.push(`<row r="${r}">${headers.map((_, i) => `<c r="${letters(i + 1)}${r}" t="s"><v>0</v></c>`).join('')}</row>`);
  return parts.join('');
};
const sst = (items) => `${xmlHead}<sst ${NS}>${items}</sst>`;

const csvOf = (headers, lines) => Buffer.from([headers.join(','), ...lines].join('\r\n'));

// [label, mutation, file name, content, expected errorCode, text the message must contain]
const cases = () => [
  [
    'wide: 2,000 rows with one cell in XFD, declared',
    'posts',
    'wide.xlsx',
    xlsxOf(sheetXml({ dimension: 'A1:XFD2001', rows: column('XFD', 2, 2001) })),
    'SPREADSHEET_TOO_WIDE',
    '59 columns',
  ],
  [
    'wide: 2,000 rows with one cell in XFD, undeclared',
    'posts',
    'wide.xlsx',
    xlsxOf(sheetXml({ rows: column('XFD', 2, 2001) })),
    'SPREADSHEET_TOO_WIDE',
    '59 columns',
  ],
  [
    'tall: 40,000 rows, declared',
    'posts',
    'tall.xlsx',
    xlsxOf(sheetXml({ dimension: 'A1:I40001', rows: column('A', 2, 40_001) })),
    'SPREADSHEET_TOO_TALL',
    '20,000 rows',
  ],
  ['tall: 40,000 rows, undeclared', 'posts', 'tall.xlsx', xlsxOf(sheetXml({ rows: column('A', 2, 40_001) })), 'SPREADSHEET_TOO_TALL', '20,000 rows'],
  [
    'wide and tall: 40,000 rows in XFD (the 227 KB file), declared',
    'posts',
    'both.xlsx',
    xlsxOf(sheetXml({ dimension: 'A1:XFD40001', rows: column('XFD', 2, 40_001) })),
    'SPREADSHEET_TOO_WIDE',
    '59 columns',
  ],
  [
    'wide and tall: 40,000 rows in XFD, undeclared',
    'posts',
    'both.xlsx',
    xlsxOf(sheetXml({ rows: column('XFD', 2, 40_001) })),
    'SPREADSHEET_TOO_WIDE',
    '59 columns',
  ],
  [
    'sparse far cell: XFD1048576 alone',
    'posts',
    'far.xlsx',
    xlsxOf(sheetXml({ rows: column('XFD', 1_048_576, 1_048_576) })),
    'SPREADSHEET_TOO_WIDE',
    '59 columns',
  ],
  [
    'sparse far cell: A1048576 alone',
    'posts',
    'far.xlsx',
    xlsxOf(sheetXml({ rows: column('A', 1_048_576, 1_048_576) })),
    'SPREADSHEET_TOO_TALL',
    '20,000 rows',
  ],
  [
    'many sheets: 1,000 sheets each with a cell in XFD',
    'posts',
    'sheets.xlsx',
    workbook(Array.from({ length: 1000 }, () => sheetXml({ rows: column('XFD', 2, 2) }))),
    'SPREADSHEET_TOO_MANY_SHEETS',
    'at most 100',
  ],
  [
    'shared strings bomb: 2,000,000 entries',
    'posts',
    'strings.xlsx',
    xlsxOf(sheetXml({ rows: sharedRows(3) }), sst('<si><t>x</t></si>'.repeat(2_000_000))),
    'SPREADSHEET_TOO_MANY_STRINGS',
    '1,180,059',
  ],
  [
    'shared strings bomb: one 40,000-character text in 180,000 cells',
    'posts',
    'strings.xlsx',
    xlsxOf(sheetXml({ rows: sharedRows(20_001) }), sst(`<si><t>${'A'.repeat(40_000)}</t></si>`)),
    'SPREADSHEET_CELL_TOO_LONG',
    '32,767',
  ],
  ['CSV: a line of 100,000 commas', 'posts', 'wide.csv', csvOf(POST_HEADERS, [','.repeat(100_000)]), 'SPREADSHEET_TOO_WIDE', '59 columns'],
  [
    'CSV: 40,000 lines',
    'posts',
    'tall.csv',
    csvOf(
      POST_HEADERS,
      Array.from({ length: 40_000 }, (_, i) => `P-${i},${serviceName},Officer,G6,17,1,,no,30000`),
    ),
    'SPREADSHEET_TOO_TALL',
    '20,000 rows',
  ],
  [
    'contracts: 40,000 rows in XFD',
    'contracts',
    'both.xlsx',
    xlsxOf(sheetXml({ headers: CONTRACT_HEADERS, rows: column('XFD', 2, 40_001) })),
    'SPREADSHEET_TOO_WIDE',
    'columns',
  ],
  [
    'contracts: 6,000 rows, declared',
    'contracts',
    'tall.xlsx',
    xlsxOf(sheetXml({ headers: CONTRACT_HEADERS, dimension: 'A1:I6001', rows: column('A', 2, 6001) })),
    'SPREADSHEET_TOO_TALL',
    '5,000 rows',
  ],
  ['contracts: a CSV line of 100,000 commas', 'contracts', 'wide.csv', csvOf(CONTRACT_HEADERS, [','.repeat(100_000)]), 'SPREADSHEET_TOO_WIDE', 'columns'],
];

const MUTATIONS = {
  posts: ['mutation($i: ImportSheetInput!) { importPosts(input: $i) { importId rowCount } }', () => ({ authorityId })],
  contracts: ['mutation($i: ImportTargetContractsInput!) { importTargetContracts(input: $i) { importId rowCount } }', () => ({ programmeId })],
};
// `content` may be given already base64-encoded, so that encoding it does not run during the attack.
const importFile = (kind, fileName, content) => {
  const [query, scope] = MUTATIONS[kind];
  const contentBase64 = typeof content === 'string' ? content : content.toString('base64');
  return gql(api.url, query, { i: { ...scope(), fileName, contentBase64, commandId: randomUUID() } }, { token, timeoutMs: 120_000 });
};

// Polls /healthz every ~20 ms until stopped; keeps the worst latency and any failure.
const startPoller = () => {
  const seen = { worst: 0, window: 0, count: 0, failures: [] }; // window: the worst since the last reset
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await fetch(`${api.url}/healthz`, { signal: AbortSignal.timeout(5000) });
        await res.text();
        if (res.status !== 200) seen.failures.push(`HTTP ${res.status}`);
      } catch (e) {
        seen.failures.push(e.message);
      }
      const took = performance.now() - started;
      seen.worst = Math.max(seen.worst, took);
      seen.window = Math.max(seen.window, took);
      seen.count++;
      await sleep(20);
    }
  })();
  return { seen, stop: async () => ((running = false), await done, seen) };
};

test('hostile spreadsheets are refused by the limit they break while /healthz stays responsive', { timeout: 600_000 }, async () => {
  // built and encoded before the poller starts, so that this process's own work is not counted as API latency
  const all = cases().map(([label, kind, fileName, content, ...expected]) => [label, kind, fileName, content.toString('base64'), ...expected, content.length]);
  const sizes = all.map(([label, , , , , , bytes]) => `${label}: ${Math.round(bytes / 1024)} KB`);
  const before = store.count();
  const poller = startPoller();
  const refused = [];
  try {
    for (const [label, kind, fileName, content, code, limitText] of all) {
      const started = performance.now();
      poller.seen.window = 0;
      const res = await importFile(kind, fileName, content);
      assertClientError(res, label);
      const error = res.body.errors[0];
      assert.equal(error.extensions.errorCode, code, `${label}: ${error.message}`);
      assert.ok(error.message.includes(limitText), `${label}: the message names the limit (${limitText}): ${error.message}`);
      refused.push(`${label} → ${code} in ${Math.round(performance.now() - started)} ms (worst /healthz ${Math.round(poller.seen.window)} ms)`);
    }
  } finally {
    const seen = await poller.stop();
    console.log(`hostile spreadsheets: ${sizes.join('; ')}`);
    console.log(`hostile spreadsheets: ${refused.length} refused:\n  ${refused.join('\n  ')}`);
    console.log(
      `hostile spreadsheets: worst /healthz latency during the attack ${Math.round(seen.worst)} ms over ${seen.count} polls (target ≤ ${WORST_HEALTHZ_MS} ms)`,
    );
    assert.deepEqual(seen.failures, [], '/healthz answered every poll');
    assert.ok(seen.worst <= WORST_HEALTHZ_MS, `worst /healthz latency ${Math.round(seen.worst)} ms`);
  }
  assert.equal(refused.length, all.length);
  assert.equal(store.count(), before, 'no refused import appended anything');
  await assertHealthy(api, 'the hostile spreadsheets');
});

test('a burst of 20 hostile files at once: two read at a time, 16 wait, the rest turned away, the API answering', { timeout: 300_000 }, async () => {
  const rows = column('XFD', 2, 40_001);
  const wideAndTall = xlsxOf(sheetXml({ rows })).toString('base64');
  const before = store.count();
  const poller = startPoller();
  const started = performance.now();
  let burst;
  try {
    burst = await Promise.all(Array.from({ length: 20 }, () => importFile('posts', 'both.xlsx', wideAndTall)));
  } finally {
    const seen = await poller.stop();
    console.log(
      `hostile spreadsheets: a burst of 20 at once answered in ${Math.round(performance.now() - started)} ms; worst /healthz latency ${Math.round(seen.worst)} ms over ${seen.count} polls (bound ${WORST_HEALTHZ_IN_BURST_MS} ms)`,
    );
    assert.deepEqual(seen.failures, [], '/healthz answered every poll');
    assert.ok(seen.worst <= WORST_HEALTHZ_IN_BURST_MS, `worst /healthz latency ${Math.round(seen.worst)} ms`);
  }
  const byCode = {};
  for (const res of burst) {
    assertClientError(res, 'a burst of hostile sheets');
    const code = res.body.errors[0].extensions.errorCode;
    assert.ok(['SPREADSHEET_TOO_WIDE', 'IMPORTS_BUSY'].includes(code), code);
    byCode[code] = (byCode[code] ?? 0) + 1;
  }
  console.log(`hostile spreadsheets: the burst was refused as ${JSON.stringify(byCode)}`);
  assert.equal(store.count(), before, 'nothing appended');
  await assertHealthy(api, 'a burst of hostile sheets');
});

test('a legitimate workbook still imports (read by the worker of the built API)', { timeout: 60_000 }, async () => {
  const rows = [1, 2, 3]
    .map(
      (n) =>
        `<row r="${n + 1}">${[`REL-${n}`, serviceName, 'Officer', 'G6', '17', '1', '', 'no', '30000'].map((v, i) => inline(`${letters(i + 1)}${n + 1}`, v)).join('')}</row>`,
    )
    .join('');
  const res = await importFile('posts', 'posts.xlsx', xlsxOf(sheetXml({ dimension: 'A1:I4', rows })));
  assert.equal(assertData(res, 'a legitimate import').importPosts.rowCount, 3);
});

import ExcelJS from 'exceljs';
import { codeOf, startHarness } from './support/harness';
import { base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const POSTS =
  'query($a: ID!, $s: ID) { posts(authorityId: $a, serviceId: $s) { id reference serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence } }';
const HEADER = 'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost';

describe('as-is establishment', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Testshire District Council');
  });
  afterAll(() => h.close());

  it('refuses a sheet with bad rows, naming each row, column and reason, and imports nothing', async () => {
    const sheet = [
      HEADER,
      'HWY-1,Highways,Officer,G6,17,0.6,EMP-1,no,"£36,400.00"',
      'HWY-2,Roads,Officer,G6,17,1.5.0,John Smith,no,-5',
      'HWY-1,Waste,Officer,G6,,1,,yes,100',
    ].join('\n');
    const before = await h.eventCount();
    const res = await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    expect(codeOf(res.body)).toBe('BAD_USER_INPUT');
    expect(res.body.errors![0].message).toMatch(/^2 rows have problems; nothing was imported/);
    const problems = res.body.errors![0].extensions!.details.problems as { row: number; column: string }[];
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual(
      expect.arrayContaining(['3:service', '3:fte', '3:postholderRef', '3:budgetedAnnualCost', '4:reference']),
    );
    expect(await h.eventCount()).toBe(before);
    expect((await h.gql(token, POSTS, { a: t.authorityId })).body.data!.posts).toEqual([]);
  });

  it('imports a corrected sheet, then updates posts by reference on a re-import instead of duplicating them', async () => {
    const rows = [
      'HWY-1,Highways,Officer,G6,17,0.6,EMP-1,no,"£36,400.00"',
      'HWY-2,Highways,Engineer,G9,29,1,EMP-2,no,50200',
      'WST-1,Waste,Contracts Officer,G9,30,1,,yes,51300.50',
    ];
    const first = await h.gql(token, IMPORT_POSTS, {
      i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64([HEADER, ...rows].join('\n')) },
    });
    expect(first.body.data!.importPosts).toEqual({ fileName: 'posts.csv', rowCount: 3, created: 3, updated: 0, unchanged: 0 });
    rows[1] = 'HWY-2,Highways,Senior Engineer,G10,32,1,EMP-2,no,55000';
    const second = await h.gql(token, IMPORT_POSTS, {
      i: { authorityId: t.authorityId, fileName: 'posts-v2.csv', contentBase64: base64([HEADER, ...rows].join('\n')) },
    });
    expect(second.body.data!.importPosts).toEqual({ fileName: 'posts-v2.csv', rowCount: 3, created: 0, updated: 1, unchanged: 2 });
    const posts = (await h.gql(token, POSTS, { a: t.authorityId })).body.data!.posts;
    expect(posts).toEqual([
      {
        id: expect.any(String),
        reference: 'HWY-1',
        serviceName: 'Highways',
        title: 'Officer',
        grade: 'G6',
        scp: 17,
        fte: 600,
        postholderRef: 'EMP-1',
        vacant: false,
        budgetedAnnualCostPence: 3_640_000,
      },
      {
        id: expect.any(String),
        reference: 'HWY-2',
        serviceName: 'Highways',
        title: 'Senior Engineer',
        grade: 'G10',
        scp: 32,
        fte: 1000,
        postholderRef: 'EMP-2',
        vacant: false,
        budgetedAnnualCostPence: 5_500_000,
      },
      {
        id: expect.any(String),
        reference: 'WST-1',
        serviceName: 'Waste',
        title: 'Contracts Officer',
        grade: 'G9',
        scp: 30,
        fte: 1000,
        postholderRef: null,
        vacant: true,
        budgetedAnnualCostPence: 5_130_050,
      },
    ]);
    const imported = (await h.eventsSince(null)).filter((e) => e.type === 'EstablishmentImported' && e.metadata.authorityId === t.authorityId);
    expect(imported.map((e) => e.data.fileName)).toEqual(['posts.csv', 'posts-v2.csv']);
  });

  it('imports an .xlsx workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Establishment');
    ws.addRow(HEADER.split(','));
    ws.addRow(['WST-2', 'Waste', 'Officer', 'G6', 17, 0.5, 'EMP-9', 'no', 18200]);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'more.xlsx', contentBase64: content.toString('base64') } });
    expect(res.body.data!.importPosts).toMatchObject({ rowCount: 1, created: 1 });
  });

  it('adds and updates a post, refusing a postholder name until a tenant admin allows names', async () => {
    const ADD = 'mutation($i: AddPostInput!) { addPost(input: $i) { id reference postholderRef } }';
    const post = {
      authorityId: t.authorityId,
      reference: 'HWY-9',
      serviceId: t.services.Highways,
      title: 'Officer',
      grade: 'G6',
      fte: 1000,
      vacant: false,
      budgetedAnnualCostPence: 3_640_000,
    };
    const named = await h.gql(token, ADD, { i: { ...post, postholderRef: 'Jane Doe' } });
    expect(named.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', errorCode: 'POSTHOLDER_REF_LOOKS_LIKE_A_NAME' } });
    const admin = await h.signIn('admin@meridian.example');
    await h.gql(admin, 'mutation { setPostholderNamePolicy(input: { allowNames: true, reason: "Client asked for names" }) { allowPostholderNames } }');
    const added = await h.gql(token, ADD, { i: { ...post, postholderRef: 'Jane Doe' } });
    expect(added.body.data!.addPost).toMatchObject({ reference: 'HWY-9', postholderRef: 'Jane Doe' });
    await h.gql(admin, 'mutation { setPostholderNamePolicy(input: { allowNames: false }) { allowPostholderNames } }');
    const UPDATE = 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { title fte } }';
    const updated = await h.gql(token, UPDATE, {
      i: { ...post, postId: added.body.data!.addPost.id, postholderRef: 'EMP-77', title: 'Senior Officer', fte: 800 },
    });
    expect(updated.body.data!.updatePost).toEqual({ title: 'Senior Officer', fte: 800 });
    const bad = await h.gql(token, ADD, { i: { ...post, reference: 'HWY-10', fte: -1 } });
    expect(codeOf(bad.body)).toBe('BAD_USER_INPUT');
    const dup = await h.gql(token, ADD, { i: { ...post, reference: 'hwy-1', postholderRef: null } });
    expect(dup.body.errors![0].extensions!.errorCode).toBe('POST_REFERENCE_TAKEN');
  });

  it('keeps posts inside the tenant and role: other tenants, auditors and directors', async () => {
    const before = await h.eventCount();
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, POSTS, { a: t.authorityId })).body)).toBe('NOT_FOUND');
    const write = await h.gql(other, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'x.csv', contentBase64: base64(HEADER) } });
    expect(codeOf(write.body)).toBe('NOT_FOUND');
    const auditor = await h.signIn('auditor@meridian.example');
    const audit = await h.gql(auditor, IMPORT_POSTS, { i: { authorityId: h.demo.authorities.northshire, fileName: 'x.csv', contentBase64: base64(HEADER) } });
    expect(codeOf(audit.body)).toBe('FORBIDDEN');
    expect(await h.eventCount()).toBe(before);
    const director = await h.signIn('director.highways@northshire.example');
    const northshire = await h.gql(director, POSTS, { a: h.demo.authorities.northshire });
    const services = new Set(northshire.body.data!.posts.map((p: { serviceName: string }) => p.serviceName));
    expect([...services]).toEqual(['Highways']);
  });

  it('refuses files that are not spreadsheets with a clear message', async () => {
    for (const [fileName, content, code] of [
      ['posts.pdf', 'x', 'UNSUPPORTED_FILE_TYPE'],
      ['posts.xlsx', 'not a workbook', 'SPREADSHEET_UNREADABLE'],
      ['posts.csv', 'Reference,Title\nX,Y', 'COLUMNS_MISSING'],
    ]) {
      const res = await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName, contentBase64: base64(content) } });
      expect(res.body.errors![0].extensions!.errorCode).toBe(code);
    }
    const notBase64 = await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'p.csv', contentBase64: '***' } });
    expect(notBase64.body.errors![0].extensions!.errorCode).toBe('FILE_NOT_BASE64');
  });
});

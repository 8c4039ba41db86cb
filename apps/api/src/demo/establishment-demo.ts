// A realistic as-is establishment for the demo council, generated deterministically so every
// fresh start shows the same finding: plenty of contract-management hours in aggregate, spread
// thinly, with only a handful of posts where it is at least half the job.

type Role = { title: string; grade: string; scp: number; costPence: number; cmShare: [number, number] };

// Salaries with on-costs, rounded to the pound: illustrative figures for the demo only.
// prettier-ignore -- a data table: one row a line reads better than one value a line
const ROLES: Record<string, Role> = {
  officer: { title: 'Officer', grade: 'Grade 6', scp: 17, costPence: 3_640_000, cmShare: [0, 10] },
  senior: { title: 'Senior Officer', grade: 'Grade 8', scp: 25, costPence: 4_510_000, cmShare: [5, 25] },
  commissioning: { title: 'Commissioning Officer', grade: 'Grade 9', scp: 29, costPence: 5_020_000, cmShare: [20, 45] },
  contracts: { title: 'Contracts Officer', grade: 'Grade 9', scp: 30, costPence: 5_130_000, cmShare: [50, 80] },
  manager: { title: 'Team Manager', grade: 'Grade 11', scp: 36, costPence: 6_240_000, cmShare: [5, 30] },
  admin: { title: 'Business Support Officer', grade: 'Grade 4', scp: 8, costPence: 3_050_000, cmShare: [0, 15] },
};

// Per service: reference prefix and how many posts of each kind.
// prettier-ignore -- a data table: one row a line reads better than one value a line
export const DEMO_ESTABLISHMENT: { service: string; prefix: string; mix: [keyof typeof ROLES, number][] }[] = [
  {
    service: 'Adult Social Care',
    prefix: 'ASC',
    mix: [
      ['officer', 10],
      ['senior', 5],
      ['commissioning', 3],
      ['manager', 2],
      ['admin', 3],
    ],
  },
  {
    service: 'Public Health',
    prefix: 'PHL',
    mix: [
      ['officer', 5],
      ['senior', 3],
      ['commissioning', 2],
      ['manager', 1],
    ],
  },
  {
    service: 'Adults Commissioning',
    prefix: 'ACM',
    mix: [
      ['commissioning', 6],
      ['contracts', 2],
      ['manager', 1],
      ['admin', 2],
    ],
  },
  {
    service: "Children's Social Care",
    prefix: 'CSC',
    mix: [
      ['officer', 10],
      ['senior', 5],
      ['manager', 2],
      ['admin', 3],
    ],
  },
  {
    service: 'Education and SEND',
    prefix: 'SEN',
    mix: [
      ['officer', 8],
      ['senior', 3],
      ['commissioning', 2],
      ['manager', 1],
    ],
  },
  {
    service: 'Home to School Transport',
    prefix: 'HST',
    mix: [
      ['officer', 5],
      ['contracts', 1],
      ['manager', 1],
      ['admin', 2],
    ],
  },
  {
    service: 'Highways',
    prefix: 'HWY',
    mix: [
      ['officer', 8],
      ['senior', 4],
      ['contracts', 1],
      ['manager', 2],
      ['admin', 2],
    ],
  },
  {
    service: 'Waste and Recycling',
    prefix: 'WST',
    mix: [
      ['officer', 6],
      ['senior', 3],
      ['commissioning', 1],
      ['manager', 1],
      ['admin', 1],
    ],
  },
  {
    service: 'Planning and Building Control',
    prefix: 'PLN',
    mix: [
      ['officer', 7],
      ['senior', 3],
      ['manager', 1],
      ['admin', 2],
    ],
  },
  {
    service: 'Property and Estates',
    prefix: 'PRP',
    mix: [
      ['officer', 4],
      ['senior', 3],
      ['commissioning', 1],
      ['manager', 1],
    ],
  },
  {
    service: 'Finance',
    prefix: 'FIN',
    mix: [
      ['officer', 6],
      ['senior', 3],
      ['manager', 1],
      ['admin', 2],
    ],
  },
  {
    service: 'HR and Organisational Development',
    prefix: 'HRD',
    mix: [
      ['officer', 5],
      ['senior', 2],
      ['manager', 1],
      ['admin', 1],
    ],
  },
  {
    service: 'Procurement',
    prefix: 'PRC',
    mix: [
      ['officer', 3],
      ['senior', 2],
      ['commissioning', 1],
      ['manager', 1],
    ],
  },
  {
    service: 'ICT and Digital',
    prefix: 'ICT',
    mix: [
      ['officer', 6],
      ['senior', 3],
      ['commissioning', 1],
      ['manager', 1],
    ],
  },
  {
    service: 'Legal and Democratic Services',
    prefix: 'LDS',
    mix: [
      ['officer', 4],
      ['senior', 2],
      ['manager', 1],
      ['admin', 1],
    ],
  },
];

// A small deterministic generator (mulberry32), so the demo is the same on every machine.
export const seededRandom = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export type DemoPost = {
  reference: string;
  service: string;
  title: string;
  grade: string;
  scp: number;
  fte: string;
  postholder: string;
  vacant: boolean;
  costPence: number;
  cmPercent: number;
};

export const demoPosts = (): DemoPost[] => {
  const random = seededRandom(20261125);
  const posts: DemoPost[] = [];
  let employee = 1000;
  for (const { service, prefix, mix } of DEMO_ESTABLISHMENT) {
    let n = 1;
    for (const [kind, count] of mix) {
      const role = ROLES[kind];
      for (let i = 0; i < count; i++) {
        const partTime = random() < 0.18;
        const fteThousandths = partTime ? [500, 600, 800][Math.floor(random() * 3)] : 1000;
        const vacant = random() < 0.08;
        const [lo, hi] = role.cmShare;
        posts.push({
          reference: `${prefix}-${String(n++).padStart(4, '0')}`,
          service,
          title: kind === 'manager' ? `${service} ${role.title}` : role.title,
          grade: role.grade,
          scp: role.scp,
          fte: (fteThousandths / 1000).toFixed(3),
          postholder: vacant ? '' : `EMP-${employee++}`,
          vacant,
          costPence: Math.round((role.costPence * fteThousandths) / 1000),
          cmPercent: Math.round((lo + random() * (hi - lo)) / 5) * 5,
        });
      }
    }
  }
  return posts;
};

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const establishmentCsv = (posts: DemoPost[]) =>
  [
    'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
    ...posts.map((p) =>
      [p.reference, p.service, p.title, p.grade, String(p.scp), p.fte, p.postholder, p.vacant ? 'yes' : 'no', (p.costPence / 100).toFixed(2)]
        .map(csvCell)
        .join(','),
    ),
  ].join('\r\n');

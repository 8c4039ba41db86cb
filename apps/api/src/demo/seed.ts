import type { Role } from '@orgledger/domain';
import { seedAnalysisDemo } from './analysis-seed';
import { seedDesignDemo } from './design-seed';
import { seedDealsDemo } from './deals-seed';
import { seedRegisterDemo } from './register-seed';
import { seedApprovalDemo } from './approval-seed';
import { seedGoLiveDemo } from './one-cost-seed';
import { commandMeta, SYSTEM_ACTOR } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { addDirectorate, addService, registerAuthority, startProgramme } from '../authorities/authority.commands';
import { createTenant, grantAuditorAccess } from '../tenancy/tenancy.commands';
import { addUserWithPassword, type IdentityDeps } from '../tenancy/invitations';
import { seedHandoverDemo } from './handover-seed';
import { seedConsultationDemo } from './consultation-seed';
import { seedExitCostsDemo } from './exit-costs-seed';
import { seedBusinessCaseDemo } from './business-case-seed';
import { seedPolicyDemo } from './policy-seed';

export const DEMO_PASSWORD = 'orgledger-demo-2026';

type DemoUser = { email: string; name: string; role: Role; council?: 'northshire' | 'eastbrook'; service?: string };

const CONSULTANCY: DemoUser[] = [
  { email: 'admin@meridian.example', name: 'Priya Shah', role: 'tenant_admin' },
  { email: 'consultant@meridian.example', name: 'Alex Morgan', role: 'consultant' },
  { email: 'sam.okafor@meridian.example', name: 'Sam Okafor', role: 'consultant' },
  { email: 'auditor@meridian.example', name: 'Jordan Ellis', role: 'auditor' },
];

const NORTHSHIRE_STAFF: DemoUser[] = [
  { email: 'director.highways@northshire.example', name: 'Chris Walker', role: 'service_director', council: 'northshire', service: 'Highways' },
  { email: 'director.waste@northshire.example', name: 'Fatima Begum', role: 'service_director', council: 'northshire', service: 'Waste and Recycling' },
  { email: 'director.asc@northshire.example', name: 'Helen Price', role: 'service_director', council: 'northshire', service: 'Adult Social Care' },
  { email: 'hr@northshire.example', name: 'Dev Patel', role: 'hr_partner', council: 'northshire' },
  { email: 'finance@northshire.example', name: 'Grace Lee', role: 'finance_partner', council: 'northshire' },
  { email: 'da@northshire.example', name: 'Martin Hughes', role: 'da_member', council: 'northshire' },
  { email: 'ism@northshire.example', name: 'Tom Reid', role: 'interim_service_manager', council: 'northshire' },
];

const COUNCILS = {
  northshire: {
    name: 'Northshire County Council',
    kind: 'County council',
    directorates: {
      'Adults, Health and Wellbeing': ['Adult Social Care', 'Public Health', 'Adults Commissioning'],
      "Children's Services": ["Children's Social Care", 'Education and SEND', 'Home to School Transport'],
      'Place and Environment': ['Highways', 'Waste and Recycling', 'Planning and Building Control', 'Property and Estates'],
      Resources: ['Finance', 'HR and Organisational Development', 'Procurement', 'ICT and Digital', 'Legal and Democratic Services'],
    },
    programme: {
      name: 'Central contract management function',
      objective:
        'Build a central contract-management function, staffed from existing posts, so that the key contracts the service reviews found poor value for money are managed to a common standard under the outcomes-based Target Operating Model.',
    },
  },
  eastbrook: {
    name: 'Eastbrook Borough Council',
    kind: 'Borough council',
    directorates: {
      Communities: ['Housing Services', 'Leisure and Culture', 'Community Safety'],
      'Corporate Services': ['Revenues and Benefits', 'Customer Services', 'Finance and Procurement'],
    },
    programme: {
      name: 'Customer contact redesign',
      objective: 'Bring customer contact from five services into one customer services hub with a single front door.',
    },
  },
} as const;

export const DEMO_SIGN_INS = [...CONSULTANCY, ...NORTHSHIRE_STAFF].map((u) => ({ email: u.email, role: u.role }));

// The demo is made through the same commands as the API, so its history is real. Command ids are
// derived from fixed labels, so seeding twice appends nothing the second time.
export const seedDemo = async (ctx: IdentityDeps) => {
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const system = (label: string, tenantId = 'pending') => commandMeta(tenantId, SYSTEM_ACTOR, { commandId: id(label) });
  const tenantId = await createTenant(ctx, system('tenant'), { name: 'Meridian Change Partners' });
  const users = new Map<string, string>();
  for (const u of CONSULTANCY) {
    users.set(
      u.email,
      await addUserWithPassword(ctx, system(`user:${u.email}`, tenantId), { email: u.email, displayName: u.name, role: u.role }, DEMO_PASSWORD),
    );
  }
  const consultant = { userId: users.get('consultant@meridian.example')!, role: 'consultant' as Role, displayName: 'Alex Morgan' };
  const admin = { userId: users.get('admin@meridian.example')!, role: 'tenant_admin' as Role, displayName: 'Priya Shah' };
  const as = (actor: typeof consultant, label: string, reason?: string) => commandMeta(tenantId, actor, { commandId: id(label), reason });

  const councils: Record<string, { authorityId: string; programmeId: string; services: Map<string, string> }> = {};
  for (const [key, council] of Object.entries(COUNCILS)) {
    const authorityId = await registerAuthority(ctx, as(consultant, `authority:${key}`, 'New client engagement'), council);
    const services = new Map<string, string>();
    for (const [directorate, serviceNames] of Object.entries(council.directorates)) {
      const directorateId = await addDirectorate(ctx, as(consultant, `directorate:${key}:${directorate}`), { authorityId, name: directorate });
      for (const name of serviceNames) {
        services.set(name, await addService(ctx, as(consultant, `service:${key}:${name}`), { authorityId, directorateId, name }));
      }
    }
    const programmeId = await startProgramme(ctx, as(consultant, `programme:${key}`, 'Engagement letter signed'), { authorityId, ...council.programme });
    councils[key] = { authorityId, programmeId, services };
  }
  const directors = new Map<string, typeof consultant & { invitedBy: { userId: string; displayName: string } }>();
  for (const u of NORTHSHIRE_STAFF) {
    const council = councils[u.council!];
    // Invited by the tenant admin, not by the consultant whose proposals they approve; the demo
    // accepts each invitation itself with the documented password.
    const userId = await addUserWithPassword(
      ctx,
      as(admin, `user:${u.email}`),
      { email: u.email, displayName: u.name, role: u.role, authorityId: council.authorityId, serviceId: u.service ? council.services.get(u.service) : null },
      DEMO_PASSWORD,
    );
    if (u.service) directors.set(u.service, { userId, role: u.role, displayName: u.name, invitedBy: { userId: admin.userId, displayName: admin.displayName } });
  }
  await grantAuditorAccess(ctx, as(admin, 'grant:auditor:northshire', 'Internal audit review of the redesign'), {
    userId: users.get('auditor@meridian.example')!,
    authorityId: councils.northshire.authorityId,
  });
  await seedPolicyDemo(ctx, tenantId, Object.fromEntries(Object.entries(councils).map(([k, v]) => [k, v.authorityId])), consultant);
  await seedAnalysisDemo(ctx, tenantId, councils.northshire, { consultant, directors });
  await seedDealsDemo(ctx, tenantId, councils.northshire, { consultant, directors });
  await seedRegisterDemo(ctx, tenantId, councils.northshire, { consultant });
  await seedDesignDemo(ctx, tenantId, councils.northshire, { consultant });
  await seedGoLiveDemo(ctx, tenantId, councils.northshire, { consultant });
  await seedApprovalDemo(ctx, tenantId, councils.northshire, { consultant });
  await seedHandoverDemo(ctx, tenantId, councils.northshire, { consultant });
  await seedConsultationDemo(ctx, tenantId, councils.northshire, { consultant });
  await seedExitCostsDemo(ctx, tenantId, councils.northshire);
  await seedBusinessCaseDemo(ctx, tenantId, councils.northshire, { consultant });
  return { tenantId, authorities: Object.fromEntries(Object.entries(councils).map(([k, v]) => [k, v.authorityId])) };
};

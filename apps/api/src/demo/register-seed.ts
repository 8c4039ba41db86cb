import type { BenefitStatus, CommandMetadata, Role } from '@orgledger/domain';
import { changeBenefitStatus, recordBenefit } from '../benefits/benefits.commands';
import { importContracts } from '../contracts/contracts.commands';
import { draftDefinition, recordDefinitionAgreement } from '../definition/definition.commands';
import { commandMeta } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { saveProgrammeAsTemplate } from '../templates/templates.commands';
import type { Deps } from '../tenancy/tenancy.commands';
import type { DemoCouncil } from './analysis-seed';
import { demoPosts } from './establishment-demo';

type Actor = { userId: string; role: Role; displayName: string };

const DEFINITION_V1 =
  'Contract management is the work of making sure a contract delivers what was bought: monitoring supplier performance, ' +
  'checking invoices and managing changes, from award to exit.';

const DEFINITION_V2 =
  'Contract management is the set of activities, from contract award to exit, that make sure a contract delivers the ' +
  'outcomes, quality and value for money the council bought. It covers: mobilisation; monitoring supplier performance ' +
  'against KPIs; validating invoices and payments; managing variations and change control; supplier relationship ' +
  'meetings; managing risks and issues; publishing the notices the Procurement Act 2023 requires; and planning renewal, ' +
  're-procurement or exit. It excludes the procurement of a new contract, which remains with the Procurement service, ' +
  'and the day-to-day operational use of a contracted service.';

const AGREEMENTS = [
  { name: 'Sarah Whitfield', role: 'Head of Procurement (procurement lead)' },
  { name: 'Imran Qureshi', role: 'Highways Contracts Manager (subject-matter expert)' },
  { name: 'Lucy Armstrong', role: 'Adults Commissioning Lead (subject-matter expert)' },
];

// Who manages a contract today: the service's first post of that kind in the demo establishment.
type Manager = 'contracts' | 'commissioning' | 'manager' | '';

// reference, title, supplier, service, annual £, whole-life £, start, end, risk, VFM note (a concern when set), manager, KPIs, exempt
type Row = [string, string, string, string, number, number, string, string, 'low' | 'medium' | 'high', string, Manager, number, string];

const CONTRACTS: Row[] = [
  ['HWY-C001', 'Highways term maintenance contract', 'Pennine Highways Services Ltd', 'Highways', 8_400_000, 58_800_000, '2025-04-01', '2032-03-31', 'high', 'Schedule-of-rates uplift of 14% at the first annual review against 6.7% CPI; defect repair times slipping.', 'contracts', 2, ''],
  ['HWY-C002', 'Winter gritting and snow clearance', 'Frostguard Road Services Ltd', 'Highways', 1_150_000, 5_750_000, '2023-10-01', '2028-09-30', 'medium', '', 'contracts', 4, ''],
  ['HWY-C003', 'Street lighting PFI', 'Lumen Northshire Ltd', 'Highways', 3_200_000, 80_000_000, '2008-04-01', '2033-03-31', 'high', 'Unitary charge indexation running above budget; lantern replacement programme two years behind.', 'manager', 12, ''],
  ['HWY-C004', 'Traffic signal maintenance', 'Signal Systems North Ltd', 'Highways', 420_000, 2_100_000, '2024-07-01', '2029-06-30', 'medium', '', '', 3, ''],
  ['HWY-C005', 'Road markings and studs', 'LineRight Markings Ltd', 'Highways', 180_000, 720_000, '2025-06-01', '2029-05-31', 'low', '', '', 0, ''],
  ['HWY-C006', 'Highway drainage and gully cleansing', 'ClearFlow Drainage Ltd', 'Highways', 260_000, 1_040_000, '2025-09-01', '2029-08-31', 'low', '', '', 2, ''],
  ['HWY-C007', 'Bridge inspections and structural assessments', 'Spanwise Engineering Consultants LLP', 'Highways', 150_000, 600_000, '2024-04-01', '2028-03-31', 'medium', '', '', 0, ''],
  ['HWY-C008', 'Highways asset management system', 'RoadAsset Systems Ltd', 'Highways', 110_000, 550_000, '2024-01-01', '2028-12-31', 'low', '', '', 0, ''],
  ['WST-C001', 'Household waste and recycling collection', 'Greenway Environmental Services Ltd', 'Waste and Recycling', 11_600_000, 92_800_000, '2025-07-01', '2033-06-30', 'high', 'Missed-bin rate twice the contract standard; contamination rejections charged back to the council.', 'commissioning', 5, ''],
  ['WST-C002', 'Household waste recycling centres', 'Civic Amenity Partners Ltd', 'Waste and Recycling', 2_300_000, 16_100_000, '2025-04-01', '2032-03-31', 'medium', '', 'commissioning', 1, ''],
  ['WST-C003', 'Residual waste treatment (energy from waste)', 'Northshire Energy Recovery Ltd', 'Waste and Recycling', 14_500_000, 362_500_000, '2011-04-01', '2036-03-31', 'high', '', 'manager', 8, ''],
  ['WST-C004', 'Garden waste composting', 'Compost Works Ltd', 'Waste and Recycling', 640_000, 3_200_000, '2024-04-01', '2029-03-31', 'low', '', '', 2, ''],
  ['WST-C005', 'Bulky waste collection and reuse', 'ReUse North CIC', 'Waste and Recycling', 95_000, 285_000, '2025-05-01', '2028-04-30', 'low', '', '', 0, ''],
  ['WST-C006', 'Clinical waste collection', 'MediWaste Solutions Ltd', 'Waste and Recycling', 70_000, 210_000, '2024-10-01', '2027-09-30', 'medium', '', '', 1, ''],
  ['WST-C007', 'Street cleansing top-up', 'Streetclean North Ltd', 'Waste and Recycling', 85_000, 255_000, '2025-04-01', '2028-03-31', 'low', '', '', 0, ''],
  ['ACM-C001', 'Home care framework', 'CareWell Partnership Ltd (lead provider)', 'Adults Commissioning', 18_000_000, 72_000_000, '2025-10-01', '2029-09-30', 'high', 'Hourly rates above the regional median; 9% of commissioned hours not delivered.', 'contracts', 0, 'framework'],
  ['ACM-C002', 'Supported living for adults with learning disabilities', 'Horizon Support Ltd', 'Adults Commissioning', 6_200_000, 37_200_000, '2025-04-01', '2031-03-31', 'high', '', 'contracts', 2, 'light touch'],
  ['ACM-C003', 'Extra care housing care and support', 'Brightwater Care Ltd', 'Adults Commissioning', 1_800_000, 9_000_000, '2023-04-01', '2028-03-31', 'high', '', 'commissioning', 3, ''],
  ['ACM-C004', 'Day opportunities framework', 'Pathways Day Services Ltd', 'Adults Commissioning', 900_000, 3_600_000, '2025-01-01', '2028-12-31', 'medium', '', 'commissioning', 2, 'framework'],
  ['ASC-C001', 'Community equipment service', 'Able Living Equipment Ltd', 'Adult Social Care', 2_100_000, 10_500_000, '2025-08-01', '2030-07-31', 'medium', 'Recycling rate for returned equipment 58% against a 75% target.', 'commissioning', 3, ''],
  ['ASC-C002', "Carers' support service", 'Northshire Carers Trust', 'Adult Social Care', 480_000, 1_440_000, '2024-04-01', '2027-03-31', 'low', '', '', 2, ''],
  ['ASC-C003', 'Advocacy services (Care Act and IMCA)', 'Advocacy Matters North CIC', 'Adult Social Care', 310_000, 1_240_000, '2025-04-01', '2029-03-31', 'low', '', '', 2, 'light touch'],
  ['ASC-C004', 'Telecare monitoring and response', 'SafeLink Response Ltd', 'Adult Social Care', 220_000, 880_000, '2024-11-01', '2028-10-31', 'medium', '', '', 1, ''],
  ['ASC-C005', 'Meals on wheels', 'Hearty Meals CIC', 'Adult Social Care', 150_000, 450_000, '2024-04-01', '2027-03-31', 'low', '', '', 0, ''],
  ['PHL-C001', 'Integrated sexual health service', 'Shire Community Health CIC', 'Public Health', 2_400_000, 16_800_000, '2025-04-01', '2032-03-31', 'medium', '', 'commissioning', 6, 'light touch'],
  ['PHL-C002', 'Drug and alcohol treatment and recovery', 'Recovery Pathways Ltd', 'Public Health', 3_100_000, 15_500_000, '2024-10-01', '2029-09-30', 'high', '', 'commissioning', 5, ''],
  ['PHL-C003', 'Stop smoking service', 'QuitWell North CIC', 'Public Health', 210_000, 630_000, '2025-04-01', '2028-03-31', 'low', '', '', 1, ''],
  ['PHL-C004', 'NHS Health Checks', 'Shire Primary Care Alliance', 'Public Health', 160_000, 480_000, '2024-04-01', '2027-03-31', 'low', '', '', 0, ''],
  ['CSC-C001', 'Independent fostering agency placements framework', 'Foster Futures Ltd (lead provider)', "Children's Social Care", 4_600_000, 18_400_000, '2024-04-01', '2028-03-31', 'high', 'Weekly placement costs up 22% in two years; 40% of placements made outside the framework.', 'manager', 0, 'framework'],
  ['CSC-C002', "Residential children's homes block contract", 'Haven Childcare Ltd', "Children's Social Care", 3_900_000, 19_500_000, '2025-06-01', '2030-05-31', 'high', '', 'manager', 4, 'light touch'],
  ['CSC-C003', 'Family support and early help', 'Stronger Families North CIC', "Children's Social Care", 560_000, 2_240_000, '2024-09-01', '2028-08-31', 'medium', '', '', 2, ''],
  ['SEN-C001', 'Independent specialist school placements', 'Bridgeview Education Ltd', 'Education and SEND', 5_200_000, 26_000_000, '2025-09-01', '2030-08-31', 'high', 'Placement fees rising 15% a year with no outcome reporting in the contract.', 'commissioning', 2, ''],
  ['SEN-C002', 'SEND information, advice and support service', 'Northshire SENDIASS Partnership', 'Education and SEND', 190_000, 570_000, '2024-04-01', '2027-03-31', 'low', '', '', 1, ''],
  ['SEN-C003', 'Educational psychology assessments', 'MindGrowth Psychology LLP', 'Education and SEND', 340_000, 1_020_000, '2025-04-01', '2028-03-31', 'medium', '', '', 0, ''],
  ['HST-C001', 'SEND home to school transport (minibus and taxi routes)', 'Shire Passenger Transport Ltd', 'Home to School Transport', 7_800_000, 31_200_000, '2025-09-01', '2029-08-31', 'high', 'Route costs up 31% since 2023; single-occupancy taxi routes never re-tendered.', 'contracts', 1, ''],
  ['HST-C002', 'Mainstream school bus services', 'Dalesway Coaches Ltd', 'Home to School Transport', 2_600_000, 10_400_000, '2024-09-01', '2028-08-31', 'medium', '', 'contracts', 3, ''],
  ['HST-C003', 'Passenger assistant service', 'SafeJourney Escorts Ltd', 'Home to School Transport', 410_000, 1_230_000, '2025-09-01', '2028-08-31', 'medium', '', '', 0, ''],
  ['PRP-C001', 'Integrated facilities management (hard and soft FM)', 'Sterling Facilities Services Ltd', 'Property and Estates', 4_300_000, 21_500_000, '2025-04-01', '2030-03-31', 'medium', 'Reactive maintenance 35% over the priced schedule; helpdesk data not shared with the council.', 'commissioning', 2, ''],
  ['PRP-C002', 'Cleaning of corporate buildings', 'BrightClean Services Ltd', 'Property and Estates', 720_000, 2_880_000, '2024-07-01', '2028-06-30', 'low', '', '', 2, ''],
  ['PRP-C003', 'Statutory compliance testing (fire, water, gas)', 'Compliance First Ltd', 'Property and Estates', 260_000, 1_040_000, '2025-02-01', '2029-01-31', 'high', '', 'commissioning', 4, ''],
  ['PRP-C004', 'Security and key holding', 'Sentinel Guarding Ltd', 'Property and Estates', 130_000, 390_000, '2025-10-01', '2028-09-30', 'low', '', '', 0, ''],
  ['PRP-C005', 'Grounds maintenance of the council estate', 'Evergreen Landscapes Ltd', 'Property and Estates', 90_000, 360_000, '2024-04-01', '2028-03-31', 'low', '', '', 0, ''],
  ['ICT-C001', 'ICT managed service (infrastructure and service desk)', 'Coreline Managed Services Ltd', 'ICT and Digital', 5_600_000, 39_200_000, '2025-05-01', '2032-04-30', 'high', 'Service credits never claimed; 11 of 18 service levels go unreported.', 'commissioning', 18, ''],
  ['ICT-C002', 'Microsoft enterprise licensing', 'Licence Partners UK Ltd', 'ICT and Digital', 1_250_000, 3_750_000, '2024-07-01', '2027-06-30', 'low', '', 'commissioning', 0, 'framework'],
  ['ICT-C003', 'Social care case management system', 'CareRecord Systems Ltd', 'ICT and Digital', 880_000, 6_160_000, '2025-03-01', '2032-02-29', 'high', '', '', 0, ''],
  ['ICT-C004', 'Mobile phones and airtime', 'Connect Mobile Ltd', 'ICT and Digital', 240_000, 720_000, '2025-01-01', '2027-12-31', 'low', '', '', 0, 'framework'],
  ['ICT-C005', 'Cyber security operations centre', 'ShieldPoint Cyber Ltd', 'ICT and Digital', 310_000, 930_000, '2025-11-01', '2028-10-31', 'high', '', '', 3, ''],
  ['FIN-C001', 'Banking services', 'Northern Counties Bank plc', 'Finance', 120_000, 600_000, '2024-04-01', '2029-03-31', 'low', '', '', 0, ''],
  ['FIN-C002', 'Insurance brokerage and claims handling', 'Harbour Insurance Brokers Ltd', 'Finance', 85_000, 425_000, '2025-04-01', '2030-03-31', 'medium', '', '', 0, ''],
  ['HRD-C001', 'Agency staff managed service', 'TalentBridge Recruitment Ltd', 'HR and Organisational Development', 6_900_000, 20_700_000, '2025-04-01', '2028-03-31', 'medium', "Agency spend up 28%; off-contract bookings in Children's Services.", 'manager', 3, ''],
  ['HRD-C002', 'Occupational health service', 'WorkWell Health Ltd', 'HR and Organisational Development', 160_000, 480_000, '2024-10-01', '2027-09-30', 'low', '', '', 1, ''],
  ['HRD-C003', 'Payroll bureau', 'ClearPay Payroll Services Ltd', 'HR and Organisational Development', 210_000, 1_050_000, '2025-04-01', '2030-03-31', 'medium', '', '', 2, ''],
  ['LDS-C001', 'External legal services panel', 'Carter Lane Solicitors LLP', 'Legal and Democratic Services', 380_000, 1_520_000, '2024-06-01', '2028-05-31', 'medium', '', '', 0, 'framework'],
  ['LDS-C002', 'Election printing and postal vote services', 'ElectoPrint Ltd', 'Legal and Democratic Services', 140_000, 560_000, '2025-01-15', '2029-01-14', 'medium', '', '', 0, ''],
  ['PLN-C001', 'Planning appeals consultancy call-off', 'Townscape Planning Consultants LLP', 'Planning and Building Control', 60_000, 180_000, '2025-04-01', '2028-03-31', 'low', '', '', 0, ''],
  ['PRC-C001', 'E-tendering portal', 'ProcurePoint Ltd', 'Procurement', 55_000, 165_000, '2024-04-01', '2027-03-31', 'low', '', '', 0, ''],
];

const BENEFITS: { title: string; cashable: boolean; pounds: number; owner: string; baseline: string; targetDate: string; status: BenefitStatus; note?: string }[] = [
  { title: 'Recover overpayments by validating invoices on the 20 largest contracts', cashable: true, pounds: 450_000, owner: 'Head of Procurement', baseline: 'Nothing recovered in 2025/26', targetDate: '2027-03-31', status: 'on_track', note: 'First two months recovered £61,000 on highways and waste invoices.' },
  { title: 'Hold the highways schedule-of-rates uplift to CPI through an open-book review', cashable: true, pounds: 620_000, owner: 'Director of Place', baseline: '14% uplift at the 2026 review', targetDate: '2027-09-30', status: 'planned' },
  { title: 'Re-tender single-occupancy SEND transport routes', cashable: true, pounds: 780_000, owner: 'Head of Home to School Transport', baseline: '£7.8m a year on SEND routes', targetDate: '2027-08-31', status: 'at_risk', note: 'Re-tender slipped to the spring term: route data from the operator arrived late.' },
  { title: 'Claim service credits under the ICT managed service', cashable: true, pounds: 180_000, owner: 'Head of ICT and Digital', baseline: 'No service credits claimed since 2025', targetDate: '2027-03-31', status: 'achieved', note: 'Supplier agreed the first year of credits at the October review.' },
  { title: 'Stop off-contract agency bookings', cashable: true, pounds: 350_000, owner: 'Head of HR and Organisational Development', baseline: '£1.9m off-contract agency spend in 2025/26', targetDate: '2027-06-30', status: 'planned' },
  { title: 'Recharge contamination rejections to the waste collection contractor', cashable: true, pounds: 120_000, owner: 'Head of Waste and Recycling', baseline: '£120,000 a year absorbed by the council', targetDate: '2026-09-30', status: 'not_achieved', note: 'Supplier declined: the contract gives no right to recharge. Escalate at the 2027 annual review.' },
  { title: "Release service managers' time from routine contract monitoring", cashable: false, pounds: 160_000, owner: 'Programme sponsor (Executive Director of Resources)', baseline: '3.2 FTE of manager time on contract monitoring', targetDate: '2027-12-31', status: 'on_track', note: 'Highways and Waste monitoring moved to the central team in the pilot.' },
  { title: 'Deliver every commissioned home care hour (undelivered hours below 3%)', cashable: false, pounds: 240_000, owner: 'Director of Adult Social Care', baseline: '9% of commissioned hours not delivered', targetDate: '2027-09-30', status: 'at_risk', note: 'Two framework providers handed back packages in November.' },
  { title: 'Meet the Procurement Act KPI and notice duties on every contract over £5m', cashable: false, pounds: 25_000, owner: 'Head of Procurement', baseline: 'No contract performance notices published yet', targetDate: '2027-03-31', status: 'planned' },
];

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const pounds = (n: number) => `£${n.toLocaleString('en-GB')}.00`;

// The register as the council's procurement team keeps it: one spreadsheet row per contract.
export const targetContractsCsv = () => {
  const posts = demoPosts();
  const managerPost = (service: string, kind: Manager) => {
    if (!kind) return '';
    const title = { contracts: 'Contracts Officer', commissioning: 'Commissioning Officer', manager: 'Team Manager' }[kind];
    return posts.find((p) => p.service === service && p.title.endsWith(title))?.reference ?? '';
  };
  return [
    'Reference,Title,Supplier,Service,Annual value,Whole-life value,Start date,End date,Risk,VFM concern,VFM note,Contract manager post,KPIs set,Exempt',
    ...CONTRACTS.map(([ref, title, supplier, service, annual, whole, start, end, risk, note, manager, kpis, exempt]) =>
      [ref, title, supplier, service, pounds(annual), pounds(whole), start, end, risk, note ? 'yes' : 'no', note, managerPost(service, manager), String(kpis), exempt]
        .map(csvCell)
        .join(','),
    ),
  ].join('\r\n');
};

// The definition, the target contracts and the benefits for Northshire's programme, made through
// the same commands as the API with fixed command ids. Tier rules and capacity assumptions stay at
// the defaults, so the capacity model shows the gap against the activity analysis.
export const seedRegisterDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const meta = (label: string, reason?: string): CommandMetadata => commandMeta(tenantId, actors.consultant, { commandId: id(label), reason });
  const scope = { programmeId: council.programmeId, authorityId: council.authorityId };

  await draftDefinition(deps, meta('definition:northshire:v1', 'First draft for the procurement workshop'), scope, { text: DEFINITION_V1 });
  await draftDefinition(deps, meta('definition:northshire:v2', 'Revised after the workshop: scope, exclusions and Procurement Act notices added'), scope, { text: DEFINITION_V2 });
  for (const a of AGREEMENTS) {
    await recordDefinitionAgreement(deps, meta(`definition:northshire:agreed:${a.name}`, 'Agreed at the definition workshop, 14 October 2026'), scope, {
      version: 2,
      stakeholderName: a.name,
      stakeholderRole: a.role,
    });
  }

  await importContracts(deps, meta('import:northshire:contracts', 'Contracts register extract from Procurement, October 2026'), scope, {
    fileName: 'northshire-target-contracts.csv',
    contentBase64: Buffer.from(targetContractsCsv()).toString('base64'),
  });

  for (const b of BENEFITS) {
    const benefitId = await recordBenefit(deps, meta(`benefit:northshire:${b.title}`, 'Benefits agreed with the programme board'), scope, {
      title: b.title,
      cashable: b.cashable,
      annualAmountPence: b.pounds * 100,
      owner: b.owner,
      baseline: b.baseline,
      targetDate: b.targetDate,
      status: 'planned',
    });
    if (b.status !== 'planned') {
      await changeBenefitStatus(deps, meta(`benefit:northshire:${b.title}:status`, 'Monthly benefits review'), scope, { benefitId, status: b.status, note: b.note });
    }
  }

  await saveProgrammeAsTemplate(deps, meta('template:county-contract-management', 'Reusable set-up for county councils'), scope, {
    name: 'County contract-management function',
    description: 'The standard contract-management activities, Gold/Silver/Bronze tiers and capacity assumptions used at Northshire.',
  });
};

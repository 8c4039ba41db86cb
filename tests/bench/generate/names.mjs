// Vocabulary for a believable data set: UK councils, their directorates and services, people.

export const FIRST_NAMES = [
  'Alex', 'Priya', 'Sam', 'Jordan', 'Chris', 'Fatima', 'Helen', 'Dev', 'Grace', 'Martin', 'Tom', 'Aisha', 'Ben', 'Chloe',
  'Daniel', 'Eleanor', 'Farid', 'Georgia', 'Hamza', 'Isla', 'James', 'Kavita', 'Liam', 'Mei', 'Nathan', 'Olivia', 'Patrick',
  'Rachel', 'Sanjay', 'Tara', 'Usman', 'Victoria', 'William', 'Yasmin', 'Zoe', 'Amir', 'Beth', 'Callum', 'Deborah', 'Ethan',
  'Fiona', 'Gareth', 'Hannah', 'Ibrahim', 'Joanne', 'Kieran', 'Laura', 'Mohammed', 'Niamh', 'Owen', 'Paula', 'Rhys', 'Sophie',
  'Tariq', 'Uma', 'Vikram', 'Wendy', 'Xavier', 'Yusuf', 'Zara',
];

export const SURNAMES = [
  'Morgan', 'Shah', 'Okafor', 'Ellis', 'Walker', 'Begum', 'Price', 'Patel', 'Lee', 'Hughes', 'Reid', 'Khan', 'Taylor', 'Jones',
  'Williams', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Johnson', 'Wright', 'Robinson', 'Thompson', 'White',
  'Green', 'Hall', 'Wood', 'Clarke', 'Jackson', 'Harris', 'Lewis', 'Martin', 'Cooper', 'King', 'Baker', 'Allen', 'Young',
  'Mitchell', 'Turner', 'Hill', 'Moore', 'Campbell', 'Anderson', 'Ahmed', 'Ali', 'Hussain', 'Singh', 'Kaur', 'Nguyen', 'Chen',
  'Murphy', 'Kelly', 'Ward', 'Watson', 'Bennett', 'Gray', 'Kennedy', 'Fraser', 'Gordon', 'Hunter', 'Marshall', 'Owen',
  'Pearson', 'Rahman', 'Sutton', 'Fletcher', 'Barker', 'Holmes', 'Mills', 'Palmer', 'Lawrence', 'Russell', 'Shaw', 'Wells',
  'Hartley', 'Osei', 'Mensah', 'Adeyemi',
];

export const FIRM_SUFFIXES = ['Change Partners', 'Consulting', 'Advisory', 'Associates', 'Public Sector Consulting', 'Transformation', 'Partnership', 'Group'];

const PLACE_HEADS = [
  'Ash', 'Brad', 'Brook', 'Chel', 'Cran', 'Dun', 'Elm', 'Fair', 'Glen', 'Har', 'Hol', 'King', 'Lang', 'Mar', 'Mel', 'Nor', 'Oak',
  'Red', 'Ros', 'Sand', 'Shel', 'Stan', 'Thorn', 'Wal', 'Wen', 'Whit', 'Wood', 'Yar', 'Ald', 'Bar', 'Cal', 'Dor', 'East', 'West',
  'North', 'South', 'Hart', 'Mid', 'Kes', 'Lin', 'Pen', 'Rother', 'Tam', 'Wey', 'Avon', 'Bly', 'Cole', 'Fen',
];
const PLACE_TAILS = ['ford', 'field', 'ham', 'ton', 'bury', 'wick', 'ley', 'worth', 'minster', 'mouth', 'bridge', 'dale', 'stead', 'caster', 'borough', 'by', 'well', 'combe'];

export const COUNCIL_KINDS = [
  { kind: 'County council', share: 0.2, name: (p) => `${p}shire County Council`, directorates: [5, 8], perDirectorate: [7, 14] },
  { kind: 'Unitary authority', share: 0.2, name: (p) => `${p} Council`, directorates: [5, 9], perDirectorate: [7, 13] },
  { kind: 'Metropolitan borough', share: 0.12, name: (p) => `${p} Metropolitan Borough Council`, directorates: [5, 8], perDirectorate: [6, 12] },
  { kind: 'London borough', share: 0.08, name: (p) => `London Borough of ${p}`, directorates: [5, 8], perDirectorate: [6, 12] },
  { kind: 'District council', share: 0.25, name: (p) => `${p} District Council`, directorates: [3, 6], perDirectorate: [4, 9] },
  { kind: 'Borough council', share: 0.15, name: (p) => `${p} Borough Council`, directorates: [3, 6], perDirectorate: [4, 9] },
];

export const placeName = (r) => `${r.pick(PLACE_HEADS)}${r.pick(PLACE_TAILS)}`;

// Directorates and the services a council typically files under them. Names are unique across the
// lists, so any selection is valid under the council-wide service-name rule.
export const DIRECTORATES = {
  'Adults, Health and Wellbeing': [
    'Adult Social Care', 'Public Health', 'Adults Commissioning', 'Safeguarding Adults', 'Learning Disabilities', 'Mental Health Services',
    'Occupational Therapy', 'Reablement', 'Day Services', 'Carers Support', 'Direct Payments', 'Sensory Impairment Services',
    'Care Homes Quality', 'Home Care Commissioning', 'Hospital Discharge', 'Drug and Alcohol Services', 'Sexual Health',
    'Health Improvement', 'Welfare Rights', 'Deprivation of Liberty Safeguards', 'Extra Care Housing', 'Telecare',
  ],
  "Children's Services": [
    "Children's Social Care", 'Education and SEND', 'Home to School Transport', 'Early Help', 'Fostering', 'Adoption', 'Youth Services',
    'School Admissions', 'Children in Care', 'Care Leavers', 'Educational Psychology', 'Family Hubs', 'Youth Justice', 'Early Years',
    'School Improvement', "Children's Safeguarding", 'SEN Assessment', "Children's Centres", 'Attendance and Welfare', 'Short Breaks',
    'Virtual School', 'Post-16 Participation',
  ],
  'Place and Environment': [
    'Highways', 'Waste and Recycling', 'Planning and Building Control', 'Street Lighting', 'Parks and Open Spaces', 'Parking Services',
    'Flood Risk Management', 'Public Rights of Way', 'Bereavement Services', 'Transport Planning', 'Grounds Maintenance',
    'Street Cleansing', 'Winter Maintenance', 'Bus Services', 'Emergency Planning', 'Fleet Management', 'Countryside Services',
    'Development Management', 'Local Plans', 'Highway Adoptions', 'Road Safety', 'Traffic Management',
  ],
  Resources: [
    'Finance', 'HR and Organisational Development', 'Procurement', 'ICT and Digital', 'Legal and Democratic Services', 'Internal Audit',
    'Payroll', 'Pensions', 'Revenues and Benefits', 'Customer Services', 'Communications', 'Insurance and Risk', 'Facilities Management',
    'Electoral Services', 'Registrars', 'Information Governance', 'Corporate Performance', 'Treasury Management', 'Business Support',
    'Health and Safety', 'Property and Estates', 'Contract Management',
  ],
  'Housing and Communities': [
    'Housing Options', 'Homelessness', 'Housing Allocations', 'Private Sector Housing', 'Community Safety', 'Housing Repairs',
    'Tenancy Management', 'Disabled Facilities Grants', 'Community Development', 'Voluntary Sector Grants', 'Anti-social Behaviour',
    'Neighbourhood Services', 'Leisure and Culture', 'Museums and Archives', 'Arts Development', 'Libraries', 'Leisure Centres',
    'Resettlement', 'Temporary Accommodation', 'Sheltered Housing',
  ],
  "Chief Executive's Office": [
    'Policy and Strategy', 'Corporate Programme Office', 'Partnerships', 'Equalities', 'Scrutiny Support', 'Member Services',
    'Corporate Transformation', 'Research and Intelligence', 'Civic Office', 'Consultation and Engagement', 'Climate Emergency',
  ],
  'Growth and Regeneration': [
    'Regeneration', 'Inward Investment', 'Skills and Employment', 'Town Centre Management', 'Tourism', 'Strategic Housing Growth',
    'Major Projects', 'Business Rates Growth', 'Economic Development', 'Markets', 'Digital Infrastructure', 'Heritage',
  ],
  'Public Protection': [
    'Trading Standards', 'Environmental Health', 'Licensing', 'Food Safety', 'Pest Control', 'Noise Nuisance', 'Animal Welfare',
    'Air Quality', 'Port Health', 'Licensing Enforcement', 'CCTV', 'Coroner Services',
  ],
  'Commissioning and Contracts': [
    'Strategic Commissioning', 'Commercial Services', 'Supplier Management', 'Social Value', 'Category Management', 'Market Shaping',
  ],
};

export const AREAS = ['North', 'South', 'East', 'West', 'Central', 'Rural', 'Urban', 'Coastal'];

export const PROGRAMMES = [
  ['Central contract management function', 'Build a central contract-management function, staffed from existing posts, so that key contracts are managed to a common standard under the outcomes-based Target Operating Model.'],
  ['Customer contact redesign', 'Bring customer contact from several services into one customer services hub with a single front door.'],
  ['Adult social care operating model', 'Redesign adult social care around prevention and strength-based practice, releasing FTE from assessment into reablement.'],
  ['Business support consolidation', 'Consolidate business support roles scattered across directorates into one shared team with common processes.'],
  ['Digital and ICT restructure', 'Move ICT from a break-fix service to a digital team that redesigns services end to end.'],
  ['Finance business partnering', 'Replace transactional finance roles with business partners aligned to each directorate.'],
  ['Place-based neighbourhood teams', 'Bring street scene, parks and community safety into neighbourhood teams with one manager per area.'],
  ['Commissioning hub', 'Create a commissioning hub that brings contract, market-shaping and quality roles into one function.'],
  ['SEND transport review', 'Redesign home-to-school transport for pupils with special educational needs to cut cost and journey times.'],
  ['Revenues and benefits shared service', 'Share revenues and benefits with a neighbouring council and release duplicated management posts.'],
];

export const REASONS = [
  'New client engagement', 'Engagement letter signed', 'Agreed at programme board', 'From the service review', 'Confirmed with the director',
  'Agreed with HR', 'Structure chart received', 'Design Authority request', 'Requested by the chief executive',
];

import { deciderSpec } from '../testing';
import { postGradingDecider } from './post-grading-decider';
import {
  approveJd,
  as,
  changesRequested,
  consultant,
  content,
  draft,
  drafted,
  hrPartner,
  jdApproved,
  otherCouncil,
  ownCouncil,
  requestChanges,
} from './spec-fixtures';

const spec = deciderSpec(postGradingDecider);

describe('when drafting a job description', () => {
  it('records version 1, trimmed', () => {
    const typed = content({ purpose: `  ${content().purpose} `, accountabilities: content().accountabilities.map((a) => ` ${a}`) });
    spec
      .given([])
      .when(draft(typed))
      .then([drafted(1)]);
  });

  it('numbers each changed draft as the next version, and records nothing when unchanged', () => {
    const revised = content({ accountabilities: ['Run supplier reviews'] });
    spec
      .given([drafted(1)])
      .when(draft(revised))
      .then([drafted(2, revised)]);
    spec
      .given([drafted(1), jdApproved(1)])
      .when(draft(revised))
      .then([drafted(2, revised)]);
    spec
      .given([drafted(1)])
      .when(draft())
      .then([]);
    spec
      .given([drafted(1), changesRequested(1)])
      .when(draft())
      .then([]);
  });

  it('lets the consultancy and the council’s HR partner draft, nobody else', () => {
    spec
      .given([])
      .when(draft(content(), hrPartner))
      .then([drafted(1)]);
    spec
      .given([])
      .when(draft(content(), as('tenant_admin')))
      .then([drafted(1)]);
    spec
      .given([])
      .when(draft(content(), hrPartner, otherCouncil))
      .thenThrows('GRADING_ACTION_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(draft(content(), as('service_director')))
      .thenThrows('GRADING_ACTION_NOT_ALLOWED', 'FORBIDDEN');
  });

  it('keeps to the post the stream belongs to', () => {
    const other = { ...draft(), data: { ...draft().data, designPostId: 'another-post' } };
    spec
      .given([drafted(1)])
      .when(other)
      .thenThrows('JD_POST_MISMATCH');
    spec
      .given([])
      .when({ ...other, data: { ...other.data, designPostId: ' ' } })
      .thenThrows('INVALID_ID');
  });

  it('needs a purpose of up to 2,000 characters, 1–30 accountabilities of up to 300, and an essential criterion', () => {
    const given = spec.given([]);
    given
      .when(draft(content({ purpose: 'p'.repeat(2000), accountabilities: Array(30).fill('a'.repeat(300)) })))
      .then([drafted(1, content({ purpose: 'p'.repeat(2000), accountabilities: Array(30).fill('a'.repeat(300)) }))]);
    given.when(draft(content({ purpose: 'p'.repeat(2001) }))).thenThrows('TEXT_TOO_LONG');
    given.when(draft(content({ purpose: ' ' }))).thenThrows('TEXT_REQUIRED');
    given.when(draft(content({ accountabilities: [] }))).thenThrows('INVALID_JOB_DESCRIPTION');
    given.when(draft(content({ accountabilities: Array(31).fill('a') }))).thenThrows('INVALID_JOB_DESCRIPTION');
    given.when(draft(content({ accountabilities: ['a'.repeat(301)] }))).thenThrows('TEXT_TOO_LONG');
    given.when(draft(content({ personSpecification: { essential: [], desirable: [] } }))).thenThrows('INVALID_JOB_DESCRIPTION');
    given.when(draft(content({ personSpecification: { essential: ['e'], desirable: Array(31).fill('d') } }))).thenThrows('INVALID_JOB_DESCRIPTION');
  });
});

describe('when an HR partner approves a job description', () => {
  it('approves the latest version, once', () => {
    spec
      .given([drafted(1)])
      .when(approveJd(1))
      .then([jdApproved(1)]);
    spec
      .given([drafted(1), changesRequested(1)])
      .when(approveJd(1))
      .then([jdApproved(1)]);
    spec
      .given([drafted(1), jdApproved(1)])
      .when(approveJd(1))
      .then([]);
  });

  it('refuses an HR partner of another council', () => {
    const error = spec
      .given([drafted(1)])
      .when(approveJd(1, hrPartner, otherCouncil))
      .thenThrows('JD_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
    expect(error.message).toBe(
      "Only an HR partner of the council running this programme can approve a job description; you are an HR partner of another council. Ask the council's HR partner to do it in the portal.",
    );
  });

  it('refuses a consultant, a finance partner, and an HR partner whose council is unknown', () => {
    spec
      .given([drafted(1)])
      .when(approveJd(1, consultant))
      .thenThrows('JD_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
    spec
      .given([drafted(1)])
      .when(approveJd(1, as('finance_partner')))
      .thenThrows('JD_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
    spec
      .given([drafted(1)])
      .when(approveJd(1, hrPartner, { programmeAuthorityId: ownCouncil.programmeAuthorityId }))
      .thenThrows('JD_APPROVER_NOT_HR_PARTNER');
  });

  it('refuses a superseded version, pointing to the latest', () => {
    const error = spec
      .given([drafted(1), drafted(2, content({ purpose: 'New' }))])
      .when(approveJd(1))
      .thenThrows('JD_VERSION_SUPERSEDED', 'CONFLICT');
    expect(error.message).toBe('Version 1 of this job description has been superseded by version 2; review version 2 instead.');
  });

  it('refuses a version that does not exist, or a post with no JD', () => {
    spec
      .given([drafted(1)])
      .when(approveJd(3))
      .thenThrows('JD_VERSION_NOT_FOUND', 'NOT_FOUND');
    spec.given([]).when(approveJd(1)).thenThrows('JD_NOT_DRAFTED', 'NOT_FOUND');
  });
});

describe('when an HR partner asks for changes', () => {
  it('records the note against the latest version', () => {
    spec
      .given([drafted(1)])
      .when(requestChanges(1, ' Add budget responsibility '))
      .then([changesRequested(1)]);
  });

  it('is for the council’s HR partner only', () => {
    spec
      .given([drafted(1)])
      .when(requestChanges(1, 'x', consultant))
      .thenThrows('JD_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
    spec
      .given([drafted(1)])
      .when(requestChanges(1, 'x', hrPartner, otherCouncil))
      .thenThrows('JD_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
  });

  it('needs a note of up to 2,000 characters, on the latest, unapproved version', () => {
    spec
      .given([drafted(1)])
      .when(requestChanges(1, ' '))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([drafted(1)])
      .when(requestChanges(1, 'n'.repeat(2001)))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([drafted(1), drafted(2, content({ purpose: 'New' }))])
      .when(requestChanges(1))
      .thenThrows('JD_VERSION_SUPERSEDED');
    const error = spec
      .given([drafted(1), jdApproved(1)])
      .when(requestChanges(1))
      .thenThrows('JD_ALREADY_APPROVED');
    expect(error.message).toBe('Version 1 is already approved; to change it, draft version 2.');
  });
});

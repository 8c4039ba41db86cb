import {
  projectDeal,
  evolveTaxonomy,
  initialTaxonomyState,
  latestSharesFrom,
  postRowsFrom,
  projectAuthoritySummary,
  projectProgrammeSummary,
  projectUserAccount,
  type DomainEvent,
} from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from './read-models';
import { dealRow, type DealRow } from '../deals/deals.read';
import { definitionProjector } from '../definition/definition.projector';
import { contractProjectors } from '../contracts/contracts.projector';
import { benefitProjector } from '../benefits/benefits.projector';
import { capacityProjector } from '../capacity/capacity.projector';
import { templateProjector } from '../templates/templates.projector';
import { functionDesignProjector } from '../design/design.projector';
import { reassignmentsProjector } from '../reassignments/reassignments.projector';
import { postGradingProjector } from '../grading/grading.projector';
import { designAuthorityProjector } from '../design-authority/design-authority.projector';
import { recruitmentPlanProjector } from '../handover/handover.projector';
import { consultationPlanProjector } from '../consultation/consultation.projector';

const asDomain = (e: RecordedEvent) => ({ type: e.type, data: e.data }) as DomainEvent as never;
const withRevision = <T extends object>(row: T | null, e: RecordedEvent) => (row ? { ...row, revision: Number(e.revision) } : null);
const idAfterTenant = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

// Every read model of the API, each a pure domain projection keyed by tenant and id.
export const projectors: Projector[] = [
  {
    model: 'tenant',
    categories: ['tenant'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: e.metadata.tenantId }),
    project: (row, e) => {
      if (e.type === 'TenantCreated') return { tenantId: e.data.tenantId, name: e.data.name, allowPostholderNames: false };
      if (e.type === 'PostholderNamePolicySet') return { ...(row as object), allowPostholderNames: e.data.allowNames };
      return row;
    },
  },
  {
    model: 'emailIndex', // sign-in lookup: email → tenant and user, across tenants
    categories: ['emailClaim'],
    key: (e) => (e.type === 'EmailClaimed' ? { tenantId: 'global', id: String(e.data.email) } : null),
    project: (_row, e) => ({ email: e.data.email, tenantId: e.data.tenantId, userId: e.data.userId }),
  },
  {
    model: 'credential', // never exposed through GraphQL
    categories: ['credential'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
    project: (row, e) => (e.type === 'PasswordSet' ? { userId: e.data.userId, passwordHash: e.data.passwordHash } : row),
  },
  {
    model: 'userAccount',
    categories: ['user'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
    // An account registered before invitations was created by the actor of its registration.
    project: (row, e) => projectUserAccount(row as never, asDomain(e), { userId: e.metadata.actor.userId, displayName: e.metadata.actor.displayName }),
  },
  {
    model: 'authoritySummary',
    categories: ['authority'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
    // The revision lets a screen send back what it showed, so a concurrent change is a CONFLICT.
    project: (row, e) => withRevision(projectAuthoritySummary(row as never, asDomain(e)), e),
  },
  {
    model: 'programmeSummary',
    categories: ['programme'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e), parentId: e.metadata.authorityId ?? null }),
    project: (row, e) => projectProgrammeSummary(row as never, asDomain(e)),
  },
  {
    model: 'post', // one row per as-is post, under its authority
    categories: ['establishment'],
    rows: (e) => {
      const authorityId = idAfterTenant(e);
      return postRowsFrom(asDomain(e)).map(({ postId, row }) => ({
        tenantId: e.metadata.tenantId,
        id: postId,
        parentId: authorityId,
        row: row && { ...row, authorityId },
      }));
    },
  },
  {
    model: 'taxonomy',
    categories: ['activityTaxonomy'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
    project: (row, e) => ({
      programmeId: idAfterTenant(e),
      activities: evolveTaxonomy((row as never) ?? initialTaxonomyState, asDomain(e)).activities,
    }),
  },
  {
    model: 'activityShares', // the latest return per post and programme
    categories: ['activityReturn'],
    rows: (e) => {
      const programmeId = idAfterTenant(e).split('.')[0];
      const by = { submittedAt: e.metadata.occurredAt, submittedBy: e.metadata.actor.displayName };
      return latestSharesFrom(asDomain(e)).map((row) => ({ tenantId: e.metadata.tenantId, id: `${programmeId}:${row.postId}`, parentId: programmeId, row: { ...row, ...by } }));
    },
  },
  definitionProjector,
  ...contractProjectors,
  benefitProjector,
  capacityProjector,
  templateProjector,
  {
    model: 'fteDeal', // one row per deal, under its programme (the stream holds one service's deals)
    categories: ['fteDeals'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: String(e.data.dealId), parentId: idAfterTenant(e).split('.')[0] }),
    project: (row, e) => {
      const programmeId = idAfterTenant(e).split('.')[0];
      const summary = projectDeal(row as DealRow | null, asDomain(e), { programmeId, occurredAt: e.metadata.occurredAt });
      return dealRow(row as DealRow | null, summary, e, programmeId);
    },
  },
  functionDesignProjector,
  reassignmentsProjector,
  postGradingProjector,
  designAuthorityProjector,
  recruitmentPlanProjector,
  consultationPlanProjector,
];

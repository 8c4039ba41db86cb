import { termsBudgetTotal, termsFte, type DealTerms } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { visibleAuthority, visibleProgramme } from '../platform/access';
import type { AuthUser } from '../platform/app-context';
import type { ReadSide } from '../platform/read-side';
import { postModel } from '../establishment';
import { fteDealModel, type DealRow } from './deals.projector';
import type { DealTermsView, FteDeal } from './deals.graphql';

// A service director sees only the deals of their own service; everyone else who can see the
// programme sees all of them. Hidden deals answer NOT_FOUND like unknown ones.
export const visibleDeals = (read: ReadSide, user: AuthUser, programmeId: string, serviceId?: string | null): DealRow[] => {
  const programme = visibleProgramme(read, user, programmeId);
  let rows = read.readModels.list(fteDealModel, user.tenantId, programme.programmeId);
  if (user.role === 'service_director') rows = rows.filter((d) => d.serviceId === user.serviceId);
  if (serviceId) rows = rows.filter((d) => d.serviceId === serviceId);
  return rows;
};

export const visibleDeal = (read: ReadSide, user: AuthUser, dealId: string): DealRow => {
  const row = read.readModels.get(fteDealModel, user.tenantId, dealId);
  const hidden = !row || (user.role === 'service_director' && row.serviceId !== user.serviceId);
  if (hidden) throw notFound('DEAL_NOT_FOUND', `There is no FTE deal with id ${dealId}.`);
  visibleProgramme(read, user, row.programmeId);
  return row;
};

const termsView = (read: ReadSide, tenantId: string, terms: DealTerms): DealTermsView => ({
  ...terms,
  fte: termsFte(terms),
  budgetTotalPence: termsBudgetTotal(terms),
  sourcePosts: terms.sourcePosts.map((s) => {
    const post = read.readModels.get(postModel, tenantId, s.postId);
    return { postId: s.postId, fte: s.fte, reference: post?.reference ?? '(removed post)', title: post?.title ?? '', postFte: post?.fte ?? 0 };
  }),
});

export const toDeal = (read: ReadSide, user: AuthUser, row: DealRow): FteDeal => {
  const programme = visibleProgramme(read, user, row.programmeId);
  const service = visibleAuthority(read, user, programme.authorityId).services.find((s) => s.id === row.serviceId);
  return {
    ...row,
    id: row.dealId,
    serviceName: service?.name ?? '',
    status: row.status as FteDeal['status'],
    awaiting: row.awaiting as FteDeal['awaiting'],
    terms: termsView(read, user.tenantId, row.terms),
    offerTerms: row.offerTerms && termsView(read, user.tenantId, row.offerTerms),
  };
};

// The UK financial year a civil date falls in: 1 April to 31 March.
export const financialYearOf = (date: string) => {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
};

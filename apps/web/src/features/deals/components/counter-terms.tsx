import { useQuery } from '@tanstack/react-query';
import { Loading, Problem } from '../../../components/query-status';
import type { DealTermsInput } from '../../../gql/graphql';
import { dealServicePostsOptions } from '../api/deal.queries';
import type { ChangeFailure } from '../../../lib/change-failure';
import { confirmLabels, type DealAction } from './deal-actions';
import { termsServerProblem } from './server-problem';
import { TermsForm, termsReasonFieldId } from './terms-form';
import { termsFormValuesOf } from './terms-form-values';
import type { DealDetail } from './terms-columns';

type CounterTermsProps = {
  deal: DealDetail;
  authorityId: string;
  action: DealAction;
  onSubmit: (terms: DealTermsInput, reason: string) => void;
  isPending: boolean;
  failure: ChangeFailure | null;
};

// A counter-offer or amendment, starting from the terms it answers (or the agreed terms).
export function CounterTerms({ deal, authorityId, action, onSubmit, isPending, failure }: CounterTermsProps) {
  const posts = useQuery(dealServicePostsOptions(authorityId, deal.serviceId));
  if (posts.isPending) return <Loading what={`${deal.serviceName}'s posts`} />;
  if (posts.isError) return <Problem error={posts.error} />;
  const servicePosts = [...posts.data].sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
  const from = action === 'proposeAmendment' ? deal.terms : (deal.offerTerms ?? deal.terms);
  const serverProblem = termsServerProblem(failure, servicePosts, termsReasonFieldId);
  return (
    <TermsForm
      posts={servicePosts}
      initialValues={termsFormValuesOf(from)}
      submitLabel={confirmLabels[action]}
      reason={{ label: 'Reason', hint: 'Why you want these terms instead. Kept in the negotiation history.', required: true }}
      onSubmit={onSubmit}
      isPending={isPending}
      serverProblem={serverProblem}
      failure={failure?.kind === 'problem' && !serverProblem ? failure.message : null}
    />
  );
}

import './benefits.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { useCanEdit } from '../../lib/can-edit';
import { StageHeader, type StageContext, StagePage } from '../contracts';
import { benefitsOptions } from './api/benefits.queries';
import { BenefitTotals } from './components/benefit-totals';
import { BenefitsTable } from './components/benefits-table';
import { SuccessNotice, useFlash } from '../../components/notice';

export function BenefitsPage() {
  return <StagePage backTo="/benefits" backLabel="Go to the benefits of all programmes" page={Benefits} />;
}

function Benefits({ context }: { context: StageContext }) {
  const programmeId = context.programme.id;
  const canEdit = useCanEdit();
  // Set by the benefit page after a save, so the user sees it took.
  const flash = useFlash();
  const register = useQuery(benefitsOptions(programmeId));
  return (
    <>
      <StageHeader context={context} index={{ to: '/benefits', label: 'Benefits' }} current={context.programme.name} title="Benefits">
        Benefits
      </StageHeader>
      <SuccessNotice message={flash} />
      <p className="lead">
        What the new function must bring: cashable savings take money out of a budget; non-cashable benefits free capacity or improve outcomes.
      </p>
      {canEdit && (
        <div className="stage-actions">
          <Link to={`/benefits/${programmeId}/new`} className="button button--secondary">
            Record a benefit
          </Link>
        </div>
      )}
      {register.isPending ? (
        <Loading what="benefits" />
      ) : register.isError ? (
        <Problem error={register.error} />
      ) : (
        <>
          <section aria-labelledby="totals-heading">
            <h2 id="totals-heading">Totals</h2>
            <BenefitTotals totals={register.data.totals} />
          </section>
          <section aria-labelledby="register-heading" className="section">
            <h2 id="register-heading">Benefits register</h2>
            <BenefitsTable programmeId={programmeId} benefits={register.data.benefits} canEdit={canEdit} />
          </section>
        </>
      )}
    </>
  );
}

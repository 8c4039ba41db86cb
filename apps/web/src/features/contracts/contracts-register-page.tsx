import './contracts.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CheckboxField } from '../../components/checkbox-field';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { targetContractsOptions, tierRulesOptions } from './api/contracts.queries';
import { ContractsTable } from './components/contracts-table';
import { ImportSection } from './components/import-section';
import { applyFilters, filtersOf, paramsOf, registerCaption, registerCounts, type RegisterFilters } from './components/register-filters';
import { useCanEdit } from '../../lib/can-edit';
import { StageHeader } from './stage/stage-header';
import type { StageContext } from './stage/stage.queries';
import { StagePage } from './stage/stage-page';
import { SuccessNotice, useFlash } from '../../components/notice';

const allTiers = 'all';

export function ContractsRegisterPage() {
  return <StagePage backTo="/contracts" backLabel="Go to the target contracts of all programmes" page={Register} />;
}

function Register({ context }: { context: StageContext }) {
  const programmeId = context.programme.id;
  const canEdit = useCanEdit();
  // The filters live in the address, so a filtered register can be shared.
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const setFilters = (next: RegisterFilters) => setParams(paramsOf(next), { replace: true });
  // Set after a removal, so the user sees it took.
  const flash = useFlash();
  const register = useQuery(targetContractsOptions(programmeId));
  const rules = useQuery(tierRulesOptions(programmeId));
  const tierOrder = useMemo(() => rules.data?.bands.map((b) => b.tier) ?? [], [rules.data]);
  const shown = useMemo(() => applyFilters(register.data ?? [], filters), [register.data, filters.tier, filters.dutiesAtRisk]);
  const counts = useMemo(() => registerCounts(register.data ?? [], tierOrder), [register.data, tierOrder]);
  const base = `/contracts/${programmeId}`;

  return (
    <>
      <StageHeader context={context} index={{ to: '/contracts', label: 'Target contracts' }} current={context.programme.name} title="Target contracts">
        Target contracts
      </StageHeader>
      <SuccessNotice message={flash} />
      <p className="lead">
        The contracts the new function will manage, tiered by the programme’s rules, with the Procurement Act 2023 duties each carries today.
      </p>
      {canEdit && (
        <ul className="stage-actions list list--plain" aria-label="Register actions">
          <li>
            <Link to={`${base}/new`} className="button button--secondary">
              Add a contract
            </Link>
          </li>
          <li>
            <Link to={`${base}/tiers`}>Edit the tier rules</Link>
          </li>
          <li>
            <a href="#import-heading">Import from spreadsheet</a>
          </li>
        </ul>
      )}
      {register.isPending || rules.isPending ? (
        <Loading what="target contracts" />
      ) : register.isError ? (
        <Problem error={register.error} />
      ) : rules.isError ? (
        <Problem error={rules.error} />
      ) : (
        <>
          <ul className="stage-figures" aria-label="The register in figures">
            <li className="stage-figures__item">
              <span className="stage-figures__label">Target contracts</span>
              <span className="stage-figures__value">{counts.total}</span>
            </li>
            {counts.byTier.map((t) => (
              <li key={t.tier} className="stage-figures__item">
                <span className="stage-figures__label">{t.tier}</span>
                <span className="stage-figures__value">{t.contracts}</span>
              </li>
            ))}
            <li className="stage-figures__item">
              <span className="stage-figures__label">Procurement Act duties apply</span>
              <span className="stage-figures__value">{counts.dutiesApply}</span>
            </li>
            <li className="stage-figures__item">
              <span className="stage-figures__label">Short of the KPIs required</span>
              <span className="stage-figures__value">{counts.kpisShort}</span>
            </li>
            <li className="stage-figures__item">
              <span className="stage-figures__label">With notices overdue</span>
              <span className="stage-figures__value">{counts.noticesOverdue}</span>
            </li>
          </ul>

          <section aria-labelledby="register-heading" className="section">
            <h2 id="register-heading">Register</h2>
            <div className="filters contracts-filters">
              <SelectField
                label="Tier"
                options={[{ id: allTiers, label: 'All tiers' }, ...tierOrder.map((t) => ({ id: t, label: t }))]}
                value={filters.tier ?? allTiers}
                onChange={(id) => setFilters({ ...filters, tier: id === allTiers ? undefined : id })}
              />
              <CheckboxField
                label="Only contracts with Procurement Act duties at risk"
                hint="Short of the KPIs required, or with a performance notice overdue."
                isSelected={filters.dutiesAtRisk}
                onChange={(on) => setFilters({ ...filters, dutiesAtRisk: on })}
              />
            </div>
            <ContractsTable
              programmeId={programmeId}
              caption={registerCaption(filters)}
              contracts={shown}
              tierOrder={tierOrder}
              emptyMessage={
                register.data.length === 0
                  ? 'No target contracts have been recorded yet. Add a contract or import a spreadsheet.'
                  : 'No contract matches these filters.'
              }
            />
            <p className="stage-small-print">
              Tiers follow the programme’s {rules.data.isDefault ? 'default ' : ''}tier rules: {rules.data.bands.map((b) => b.tier).join(', ')}. Duties are
              worked out as of today.
            </p>
          </section>
        </>
      )}
      {canEdit && <ImportSection programmeId={programmeId} />}
    </>
  );
}

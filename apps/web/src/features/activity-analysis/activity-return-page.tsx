import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { SelectField } from '../../components/select-field';
import { useProgramme, type ProgrammeContext } from './api/use-programme';
import { ReturnForm } from './components/return-form';
import { ProgrammeNotFound } from './programme-not-found';
import { ProgrammeLoader } from '../tasks';
import { Breadcrumbs } from '../../components/breadcrumbs';

// The consultant's way in: any service of the programme's council, chosen on the page.
export function ActivityReturnPage() {
  return <ProgrammeLoader page={ConsultantReturn} useProgramme={useProgramme} notFound={<ProgrammeNotFound />} />;
}

function ConsultantReturn({ context: { programme, authority } }: { context: ProgrammeContext }) {
  const [params, setParams] = useSearchParams();
  const service = authority.services.find((s) => s.id === params.get('service'));
  const title = service ? `Activity return: ${service.name}` : 'Activity return';
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/analysis', label: 'Activity analysis' },
          { to: `/analysis/${programme.id}`, label: programme.name },
        ]}
        current="Activity return"
      />
      <PageHeading title={`${title} – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        {title}
      </PageHeading>
      <div className="filters">
        <SelectField
          label="Service"
          placeholder="Choose a service"
          options={authority.services.map((s) => ({ id: s.id, label: s.name }))}
          value={service?.id ?? ''}
          onChange={(id) => setParams({ service: id }, { replace: true })}
        />
      </div>
      {service ? (
        <ReturnForm authorityId={authority.id} programmeId={programme.id} service={service} />
      ) : (
        <p>Choose the service whose return you are entering, for example from the notes of its workshop.</p>
      )}
    </>
  );
}

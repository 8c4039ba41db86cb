import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function ConsultationIndexPage() {
  return (
    <>
      <PageHeading title="Consultation">Consultation</PageHeading>
      <p className="lead">
        Staff consultation for approved changes: the statutory period and HR1 deadline, disclosures to the unions, individual consultation, the timeline and the
        equality impact.
      </p>
      <ProgrammeIndex basePath="/consultation" caption="Programmes and their consultation" />
    </>
  );
}

import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function DefinitionIndexPage() {
  return (
    <>
      <PageHeading title="Definition of contract management">Definition of contract management</PageHeading>
      <p className="lead">The common definition each programme agreed with procurement and subject-matter experts.</p>
      <ProgrammeIndex basePath="/definition" caption="Programmes and their definitions" />
    </>
  );
}

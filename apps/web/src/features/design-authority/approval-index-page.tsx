import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function ApprovalIndexPage() {
  return (
    <>
      <PageHeading title="Approval">Approval</PageHeading>
      <p className="lead">Job descriptions and grading with HR, full costs and the budget with Finance, and the Design Authority's decision.</p>
      <ProgrammeIndex basePath="/approval" caption="Programmes and their approval" />
    </>
  );
}

import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

export function ContractNotFound({ programmeId }: { programmeId: string }) {
  usePageTitle('Contract not found');
  return (
    <>
      <h1 className="page-heading__title">Contract not found</h1>
      <p>We could not find that contract. It may have been removed, or you may not have access to it.</p>
      <p>
        <Link to={`/contracts/${programmeId}`}>Go to the target contracts</Link>
      </p>
    </>
  );
}

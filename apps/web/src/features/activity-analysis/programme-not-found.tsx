import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

export function ProgrammeNotFound({ backTo = '/analysis' }: { backTo?: string }) {
  usePageTitle('Programme not found');
  return (
    <>
      <h1 className="page-heading__title">Programme not found</h1>
      <p>We could not find that programme. It may not exist, or you may not have access to it.</p>
      <p>
        <Link to={backTo}>{backTo === '/analysis' ? 'Go to the analysis of all programmes' : 'Go to your home page'}</Link>
      </p>
    </>
  );
}

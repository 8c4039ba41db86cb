import { Link } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title';

export function PostNotFound({ back }: { back: string }) {
  usePageTitle('Post not found');
  return (
    <>
      <h1 className="page-heading__title">Post not found</h1>
      <p>We could not find that post in the chosen design option.</p>
      <p>
        <Link to={back}>Go back</Link>
      </p>
    </>
  );
}

import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';

export function NotFound() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>If you typed the web address, check it is correct. If you pasted it, check you copied all of it.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}

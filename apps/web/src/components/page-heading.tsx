import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title';

// Every page has exactly one h1; this also sets the document title so screen readers announce it.
export function PageHeading({ caption, children, title }: { caption?: string; children: ReactNode; title: string }) {
  usePageTitle(title);
  return (
    <header className="page-heading">
      {caption && <p className="page-heading__caption">{caption}</p>}
      <h1 className="page-heading__title">{children}</h1>
    </header>
  );
}

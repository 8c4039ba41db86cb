import type { AuthorityQuery } from '../../../gql/graphql';
import { EmptyState } from '../../../components/query-status';

type Authority = Pick<AuthorityQuery['authority'], 'directorates' | 'services'>;

// Directorates, each with its services, in the order the council registered them.
export function AuthorityStructure({ authority, headingLevel = 3 }: { authority: Authority; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  if (authority.directorates.length === 0) return <EmptyState>No directorates have been recorded yet.</EmptyState>;
  return (
    <div className="structure">
      {authority.directorates.map((directorate) => {
        const services = authority.services.filter((service) => service.directorateId === directorate.id);
        const headingId = `directorate-${directorate.id}`;
        return (
          <section key={directorate.id} className="structure__directorate" aria-labelledby={headingId}>
            <Heading id={headingId} className="structure__title">
              {directorate.name}
            </Heading>
            {services.length === 0 ? (
              <p className="hint">No services recorded.</p>
            ) : (
              <ul className="list list--bullet" aria-label={`Services in ${directorate.name}`}>
                {services.map((service) => (
                  <li key={service.id}>{service.name}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

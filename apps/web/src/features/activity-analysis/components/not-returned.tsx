import { Link } from 'react-router';
import type { CoverageService } from './coverage';

export function NotReturned({ programmeId, services }: { programmeId: string; services: readonly CoverageService[] }) {
  return (
    <section aria-labelledby="not-returned-heading">
      <h2 id="not-returned-heading">Services that have not returned yet</h2>
      {services.length === 0 ? (
        <p>Every service with posts has returned its activity analysis.</p>
      ) : (
        <>
          <p>These services have posts but no activity return yet, so the figures leave them out.</p>
          <ul className="list list--bullet" aria-labelledby="not-returned-heading">
            {services.map((service) => (
              <li key={service.id}>
                {service.name}{' '}
                <Link to={`/analysis/${programmeId}/return?service=${service.id}`}>
                  Enter the return<span className="visually-hidden"> for {service.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { Definition } from '../api/definition.queries';
import { countLabel } from '../../../lib/format';

// Newest first; each version's words behind a disclosure so the page stays short.
export function VersionHistory({ definition }: { definition: Definition }) {
  const versions = [...definition.versions].reverse();
  if (versions.length === 0) return <p className="empty-state">No version has been drafted yet.</p>;
  return (
    <ol className="list list--plain definition-history" reversed>
      {versions.map((v) => (
        <li key={v.version} className="definition-history__item">
          <h3 className="definition-history__title">
            Version {v.version}
            {v.version === definition.version ? ' (current)' : ''}
          </h3>
          <p>
            {v.agreements.length === 0
              ? 'Nobody agreed this version.'
              : `Agreed by ${countLabel(v.agreements.length, 'person', 'people')}: ${v.agreements.map((a) => `${a.stakeholderName} (${a.stakeholderRole})`).join('; ')}.`}
          </p>
          <details className="definition-history__details">
            <summary>Show the words of version {v.version}</summary>
            <p className="stage-text">{v.text}</p>
          </details>
        </li>
      ))}
    </ol>
  );
}

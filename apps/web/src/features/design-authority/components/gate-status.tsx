import '../design-authority.css';
import type { Gate } from '../api/design-authority.queries';
import { gateHeadline } from './gate-text';

// The gate the consultation launch and recruitment wait on, with the API's reason in full.
export function GateStatus({ gate }: { gate: Gate }) {
  return (
    <section aria-labelledby="gate-heading" className={gate.open ? 'notice notice--success gate' : 'notice notice--error gate'}>
      <h2 id="gate-heading" className="notice__title">
        {gateHeadline(gate)}
      </h2>
      <p>{gate.reason}</p>
    </section>
  );
}

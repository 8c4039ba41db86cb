import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, Problem } from '../../../components/query-status';
import { awaitingMeOptions } from '../api/tasks.queries';
import { taskItems, type Audience } from './task-links';

type AwaitingTasksProps = {
  audience: Audience;
  /** Only this programme's tasks; all the user's programmes when left out. */
  programmeId?: string;
  programmeNames?: ReadonlyMap<string, string>;
  headingLevel?: 2 | 3;
};

// "What awaits you", from the API's awaitingMe: the same list for every stage of a programme.
export function AwaitingTasks({ audience, programmeId, programmeNames, headingLevel = 2 }: AwaitingTasksProps) {
  const tasks = useQuery(awaitingMeOptions());
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const items = tasks.data ? taskItems(programmeId ? tasks.data.filter((t) => t.programmeId === programmeId) : tasks.data, audience, { programmeNames }) : [];
  return (
    <section aria-labelledby="awaiting-tasks-heading" className="section">
      <Heading id="awaiting-tasks-heading">What awaits you</Heading>
      {tasks.isPending ? (
        <p className="loading" role="status">
          Checking what awaits you…
        </p>
      ) : tasks.isError ? (
        <Problem error={tasks.error} />
      ) : items.length === 0 ? (
        <EmptyState>Nothing awaits you at the moment.</EmptyState>
      ) : (
        <ul className="list list--bullet" aria-labelledby="awaiting-tasks-heading">
          {items.map((item) => (
            <li key={item.id}>
              {item.href ? <Link to={item.href}>{item.title}</Link> : item.title}
              {item.detail && <span className="hint"> – {item.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

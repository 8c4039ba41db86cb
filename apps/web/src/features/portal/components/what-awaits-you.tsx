import { Link } from 'react-router';
import { EmptyState } from '../../../components/query-status';

// Later issues add more requests here (FTE deals to answer, sign-offs).
export type AwaitingItem = { id: string; title: string; href?: string; detail?: string; due?: string };

export function WhatAwaitsYou({ items, loading }: { items: readonly AwaitingItem[]; loading?: boolean }) {
  return (
    <section aria-labelledby="awaits-heading">
      <h2 id="awaits-heading">What awaits you</h2>
      {loading ? (
        <p className="loading" role="status">
          Checking what awaits you…
        </p>
      ) : items.length === 0 ? (
        <EmptyState>
          Nothing awaits you at the moment. When the consultancy asks you to answer an FTE deal, return activity analysis or sign something off, it will appear
          here.
        </EmptyState>
      ) : (
        <ul className="list list--bullet" aria-labelledby="awaits-heading">
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

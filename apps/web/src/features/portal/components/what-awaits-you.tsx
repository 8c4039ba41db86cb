import { EmptyState } from '../../../components/query-status';

// Later issues add requests here (FTE deals to answer, activity analysis to return, sign-offs).
export type AwaitingItem = { id: string; title: string; due?: string };

export function WhatAwaitsYou({ items }: { items: readonly AwaitingItem[] }) {
  return (
    <section aria-labelledby="awaits-heading">
      <h2 id="awaits-heading">What awaits you</h2>
      {items.length === 0 ? (
        <EmptyState>
          Nothing awaits you at the moment. When the consultancy asks you to answer an FTE deal, return
          activity analysis or sign something off, it will appear here.
        </EmptyState>
      ) : (
        <ul className="list list--bullet">
          {items.map((item) => <li key={item.id}>{item.title}</li>)}
        </ul>
      )}
    </section>
  );
}

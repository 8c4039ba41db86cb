// The finding a reader must see at a glance, with how the figures were rounded in small print.
export function HeadlinePanel({ headline, roundingRule }: { headline: string; roundingRule: string }) {
  return (
    <section aria-labelledby="headline-heading" className="panel">
      <h2 id="headline-heading" className="panel__title">
        Finding
      </h2>
      <p className="panel__body">{headline}</p>
      <p className="panel__small-print">
        <span className="visually-hidden">How the figures are rounded: </span>
        {roundingRule}
      </p>
    </section>
  );
}

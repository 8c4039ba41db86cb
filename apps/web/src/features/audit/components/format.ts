const instant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

// Times of record are shown in UTC, labelled, so two auditors in different zones read the same.
export function formatRecordedAt(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${instant.format(ms)} UTC`;
}

const civilDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Civil dates are `YYYY-MM-DD` with no zone; format them in UTC so no time zone shifts the day.
export function formatCivilDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  return civilDate.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}

// `DESIGN_AUTHORITY` or `design-authority` → `Design authority`.
export function humanise(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

// UK councils' financial year runs 1 April to 31 March, written "2026/27".
export function financialYearOn(date: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  const year = Number(match[1]);
  const start = Number(match[2]) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

// The year before, this year and the next two: what a budget is set for.
export function financialYearsAround(current: string): string[] {
  const start = Number(current.slice(0, 4));
  return [-1, 0, 1, 2].map((d) => `${start + d}/${String((start + d + 1) % 100).padStart(2, '0')}`);
}

export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

// ?year=2026/27 when it is a well-formed year, else this financial year.
export function financialYearParam(param: string | null, today = todayInLondon()): string {
  return param && /^\d{4}\/\d{2}$/.test(param) && financialYearOn(`${param.slice(0, 4)}-04-01`) === param ? param : financialYearOn(today);
}

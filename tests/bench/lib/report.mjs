// The results table: each figure next to the limit measured beside it in the same run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt } from './measure.mjs';

const HEADER = ['figure', 'value', 'limit measured beside it', 'limit value', 'ratio', 'target', 'met?'];

const cells = (f) => [
  f.name,
  f.display ?? '—',
  f.limitName ?? '—',
  f.limitDisplay ?? '—',
  f.ratio === undefined || f.ratio === null ? '—' : `${fmt(f.ratio, 2)}×`,
  f.target ?? '—',
  f.met === true ? 'yes' : f.met === false ? 'NO' : '—',
];

export const renderTable = (figures) => {
  const rows = figures.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c) => c.map((x, i) => (i === 1 || i === 3 || i === 4 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
};

export const renderMarkdown = (figures) => {
  const esc = (s) => s.replace(/\|/g, '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i === 1 || i === 3 || i === 4 ? '---:' : '---')).join('|')}|`,
    ...figures.map((f) => `| ${cells(f).map(esc).join(' | ')} |`),
  ].join('\n');
};

export const writeResults = (outDir, report) => {
  const json = JSON.stringify(report, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2);
  writeFileSync(join(outDir, 'results.json'), `${json}\n`);
  const md = [
    '# OrgLedger benchmark results',
    '',
    `Measured ${report.measuredAt} on Node ${report.node}, SQLite ${report.sqlite}, ${report.machine.cpus} CPUs (load average ${report.machine.loadAverage.join(', ')} at start).`,
    `Data set: ${report.dataset.events.toLocaleString('en-GB')} events, ${report.dataset.tenants} tenants, ${report.dataset.councils.toLocaleString('en-GB')} councils, ${report.dataset.services.toLocaleString('en-GB')} services (generator key ${report.dataset.key}).`,
    'Each figure is the median of alternating rounds, measured next to its limit in the same run; ratio = value ÷ limit.',
    '',
    renderMarkdown(report.figures),
    '',
    ...report.figures.filter((f) => f.note).map((f) => `- **${f.name}**: ${f.note}`),
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'results.md'), md);
};

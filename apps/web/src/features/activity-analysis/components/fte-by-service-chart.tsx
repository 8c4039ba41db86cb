import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type ChartLine = { serviceName: string; fte: number };

// Loaded on its own (recharts is large) and hidden from assistive technology: the table by
// service carries the same figures.
export function FteByServiceChart({ lines }: { lines: readonly ChartLine[] }) {
  const data = lines.map((l) => ({ name: l.serviceName, fte: l.fte / 1000 }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={data.length * 30 + 50}>
        <BarChart data={data} layout="vertical" margin={{ top: 5, right: 30, bottom: 5, left: 10 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fill: '#0b0c0c', fontSize: 14 }} />
          <YAxis type="category" dataKey="name" width={230} tick={{ fill: '#0b0c0c', fontSize: 14 }} interval={0} />
          <Bar dataKey="fte" fill="#1d70b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

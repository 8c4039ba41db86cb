import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type CapacityBar = { label: string; fte: number };

// Loaded on its own (recharts is large) and hidden from assistive technology: the headline and
// the table by tier carry the same figures.
export function CapacityChart({ bars }: { bars: readonly CapacityBar[] }) {
  const data = bars.map((b) => ({ name: b.label, fte: b.fte / 1000 }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={data.length * 36 + 50}>
        <BarChart data={data} layout="vertical" margin={{ top: 5, right: 30, bottom: 5, left: 10 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fill: '#0b0c0c', fontSize: 14 }} />
          <YAxis type="category" dataKey="name" width={260} tick={{ fill: '#0b0c0c', fontSize: 14 }} interval={0} />
          <Bar dataKey="fte" fill="#1d70b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

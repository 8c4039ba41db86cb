import type { CivilDate } from '../shared/values';
import type { PlanDateKey, PlanDates } from './events';
import type { StatutoryFigures } from './statutory';

// A Gantt-style read model: bars for the steps, and the statutory lines they must respect.
export type TimelineBar = { key: string; label: string; start: CivilDate; end: CivilDate };
export type TimelineConstraint = { key: string; label: string; date: CivilDate; rule: string; source: string };
export type Timeline = { from: CivilDate | null; to: CivilDate | null; bars: TimelineBar[]; constraints: TimelineConstraint[] };

const BARS: { key: string; label: string; start: PlanDateKey; end: PlanDateKey }[] = [
  { key: 'staff_briefing', label: 'Staff briefing', start: 'staffBriefing', end: 'staffBriefing' },
  { key: 'hr1', label: 'HR1 sent', start: 'hr1SentOn', end: 'hr1SentOn' },
  { key: 'consultation', label: 'Consultation', start: 'consultationStart', end: 'consultationClose' },
  { key: 'response', label: 'Response to feedback', start: 'responseToFeedback', end: 'responseToFeedback' },
  { key: 'final_structure', label: 'Final structure published', start: 'finalStructurePublished', end: 'finalStructurePublished' },
  { key: 'selection', label: 'Slotting and selection', start: 'selectionStart', end: 'selectionEnd' },
  { key: 'notices', label: 'Notices issued', start: 'noticesIssued', end: 'noticesIssued' },
  { key: 'appeals', label: 'Appeals', start: 'noticesIssued', end: 'appealsClose' },
  { key: 'first_dismissal', label: 'First dismissal takes effect', start: 'firstDismissal', end: 'firstDismissal' },
  { key: 'go_live', label: 'Go-live', start: 'goLive', end: 'goLive' },
];

export const consultationTimeline = (dates: PlanDates, figures: StatutoryFigures): Timeline => {
  const bars = BARS.filter((b) => dates[b.start] && dates[b.end] && dates[b.start]! <= dates[b.end]!).map((b) => ({
    key: b.key,
    label: b.label,
    start: dates[b.start]!,
    end: dates[b.end]!,
  }));
  const { collective, hr1 } = figures;
  const constraints: TimelineConstraint[] = [];
  if (figures.earliestFirstDismissal) {
    constraints.push({
      key: 'earliest_first_dismissal',
      label: `Earliest first dismissal (${collective.minimumDays} days)`,
      date: figures.earliestFirstDismissal,
      rule: collective.section,
      source: collective.source,
    });
  }
  if (figures.latestConsultationStart) {
    constraints.push({
      key: 'latest_consultation_start',
      label: 'Latest consultation start',
      date: figures.latestConsultationStart,
      rule: collective.section,
      source: collective.source,
    });
  }
  if (hr1.deadline)
    constraints.push({ key: 'hr1_deadline', label: `HR1 deadline (${hr1.leadDays} days)`, date: hr1.deadline, rule: hr1.section, source: hr1.source });
  const all = [...bars.flatMap((b) => [b.start, b.end]), ...constraints.map((c) => c.date)].sort();
  return { from: all[0] ?? null, to: all[all.length - 1] ?? null, bars, constraints };
};

import { describe, expect, it } from 'vitest';
import { emptyCondition, emptyDecision, readDecision } from './decision-values';

const meeting = { day: '20', month: '11', year: '2026' };

describe('reading the Design Authority decision form', () => {
  it('asks for the decision and the meeting date first', () => {
    expect(readDecision(emptyDecision)).toEqual({
      ok: false,
      problems: [
        { fieldId: 'decision-kind', message: 'Choose the decision' },
        { fieldId: 'decision-meeting', message: 'Enter the meeting date' },
      ],
    });
  });

  it('sends an approval with nothing else', () => {
    expect(readDecision({ ...emptyDecision, decision: 'APPROVED', meeting, asksFor: 'ignored' })).toEqual({
      ok: true,
      input: { decision: 'APPROVED', meetingDate: '2026-11-20' },
    });
  });

  it('sends each condition with its owner, due date and whether it blocks', () => {
    const conditions = [
      { text: ' Complete the EqIA ', owner: 'Dev Patel (HR)', due: { day: '18', month: '12', year: '2026' }, blocking: true },
      { text: 'Report quarterly', owner: 'Head of Contract Management', due: { day: '30', month: '6', year: '2027' }, blocking: false },
    ];
    expect(readDecision({ ...emptyDecision, decision: 'APPROVED_WITH_CONDITIONS', meeting, conditions })).toEqual({
      ok: true,
      input: {
        decision: 'APPROVED_WITH_CONDITIONS',
        meetingDate: '2026-11-20',
        conditions: [
          { text: 'Complete the EqIA', owner: 'Dev Patel (HR)', dueDate: '2026-12-18', blocking: true },
          { text: 'Report quarterly', owner: 'Head of Contract Management', dueDate: '2027-06-30', blocking: false },
        ],
      },
    });
  });

  it('names each missing part of a condition, numbered when there are several', () => {
    const result = readDecision({
      ...emptyDecision,
      decision: 'APPROVED_WITH_CONDITIONS',
      meeting,
      conditions: [emptyCondition, { ...emptyCondition, text: 'x', owner: 'y', due: { day: '31', month: '2', year: '2027' } }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { fieldId: 'condition-0-text', message: 'Enter condition 1' },
        { fieldId: 'condition-0-owner', message: 'Enter who owns condition 1' },
        { fieldId: 'condition-0-due', message: 'Enter the due date of condition 1' },
        { fieldId: 'condition-1-due', message: 'The due date of condition 2 must be a real date, such as 1 4 2026' },
      ],
    });
  });

  it('needs what is asked for when deferring, and reasons when rejecting', () => {
    expect(readDecision({ ...emptyDecision, decision: 'DEFERRED', meeting })).toMatchObject({ ok: false, problems: [{ fieldId: 'decision-asks-for' }] });
    expect(readDecision({ ...emptyDecision, decision: 'DEFERRED', meeting, asksFor: 'A costed option B' })).toEqual({
      ok: true,
      input: { decision: 'DEFERRED', meetingDate: '2026-11-20', asksFor: 'A costed option B' },
    });
    expect(readDecision({ ...emptyDecision, decision: 'REJECTED', meeting })).toMatchObject({ ok: false, problems: [{ fieldId: 'decision-reasons' }] });
    expect(readDecision({ ...emptyDecision, decision: 'REJECTED', meeting, reasons: 'Unaffordable' })).toEqual({
      ok: true,
      input: { decision: 'REJECTED', meetingDate: '2026-11-20', reasons: 'Unaffordable' },
    });
  });
});

import { invalid } from './errors';
import { requireCivilDate } from '../shared/values';
import type { RepresentativeElection } from './events';
import type { ConsultationPlan } from './state';

export const S188A_SOURCE =
  'TULRCA 1992 s.188(1B)(b) and s.188A(1): where no union is recognised, representatives elected by the affected employees in a fair election, ' +
  'enough to represent all of them, for a term long enough to complete consultation, from among them, all entitled to vote, in secret: ' +
  'https://www.legislation.gov.uk/ukpga/1992/52/section/188A';

const refuse = (message: string, field: string) => invalid('INVALID_ELECTION', message, { field });

// s.188A(1): the requirements of the election, as the employer records them. The term is checked
// against the plan's consultation close as a warning (the dates can still move); the rest here.
export const requireElection = (plan: ConsultationPlan, data: RepresentativeElection): RepresentativeElection => {
  if (plan.recognisedUnions.length > 0) {
    throw invalid(
      'UNIONS_RECOGNISED',
      'A trade union is recognised: its representatives are the appropriate representatives (s.188(1B)(a)), not elected ones.',
    );
  }
  const electedOn = requireCivilDate('electedOn', data.electedOn);
  const termEndsOn = requireCivilDate('termEndsOn', data.termEndsOn);
  if (termEndsOn <= electedOn) throw refuse('The representatives’ term must end after the election (s.188A(1)(d)).', 'termEndsOn');
  if (data.fairArrangements !== true) throw refuse('Confirm the arrangements made for the election were fair (s.188A(1)(a)).', 'fairArrangements');
  if (data.allAffectedCouldVote !== true) throw refuse('Every affected employee must have been entitled to vote (s.188A(1)(g)).', 'allAffectedCouldVote');
  if (data.secretBallot !== true) throw refuse('The election must be held in secret with the votes accurately counted (s.188A(1)(i)).', 'secretBallot');
  const affected = new Set(plan.affected.map((p) => p.postId));
  const reps = Array.isArray(data.representatives) ? data.representatives : [];
  if (reps.length === 0 || reps.length > 50) throw refuse('Name 1 to 50 elected representatives.', 'representatives');
  const seen = new Set<string>();
  const covered = new Set<string>();
  const representatives = reps.map((r) => {
    if (!affected.has(r.postId)) throw refuse('Each representative must be an affected employee when elected (s.188A(1)(e)).', 'representatives');
    if (seen.has(r.postId)) throw refuse('A representative is named twice.', 'representatives');
    seen.add(r.postId);
    const represents = [...new Set(Array.isArray(r.represents) ? r.represents : [])];
    if (represents.length === 0 || represents.some((id) => !affected.has(id))) {
      throw refuse('Each representative represents one or more of the affected employees, and only them.', 'representatives');
    }
    represents.forEach((id) => covered.add(id));
    return { postId: r.postId, represents };
  });
  const missing = plan.affected.filter((p) => !covered.has(p.postId));
  if (missing.length > 0) {
    throw refuse(
      `Every affected employee needs a representative (s.188A(1)(b), (c)); nobody represents ${missing.map((p) => p.postReference).join(', ')}.`,
      'representatives',
    );
  }
  return { electedOn, termEndsOn, representatives, fairArrangements: true, allAffectedCouldVote: true, secretBallot: true };
};

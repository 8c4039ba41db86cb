import { deciderSpec, meta } from '../testing';
import type { SetFunctionGoLiveDate } from './commands';
import { functionDesignDecider } from './design-decider';

const spec = deciderSpec(functionDesignDecider);
const setGoLive = (goLiveDate: string, reason = ' After consultation closes '): SetFunctionGoLiveDate => ({
  type: 'SetFunctionGoLiveDate',
  data: { goLiveDate, reason },
  metadata: meta(),
});
const wasSet = (goLiveDate: string, previousGoLiveDate: string | null = null) => ({
  type: 'FunctionGoLiveDateSet' as const,
  data: { goLiveDate, reason: 'After consultation closes', previousGoLiveDate },
});

describe("when deciding the function's go-live date", () => {
  it('given none yet, then it is set with its reason', () => {
    spec
      .given([])
      .when(setGoLive('2027-04-01'))
      .then([wasSet('2027-04-01')]);
  });

  it('given one already, then a new date says which it replaces', () => {
    spec
      .given([wasSet('2027-04-01')])
      .when(setGoLive('2027-06-01'))
      .then([wasSet('2027-06-01', '2027-04-01')]);
  });

  it('given the same date again, then nothing is recorded', () => {
    spec
      .given([wasSet('2027-04-01')])
      .when(setGoLive('2027-04-01'))
      .then([]);
  });

  it('refuses a date that is not a calendar date, and a missing reason', () => {
    spec.given([]).when(setGoLive('2027-02-29')).thenThrows('INVALID_DATE', 'BAD_USER_INPUT');
    spec.given([]).when(setGoLive('2027-04-01', '  ')).thenThrows('TEXT_REQUIRED', 'BAD_USER_INPUT');
  });
});

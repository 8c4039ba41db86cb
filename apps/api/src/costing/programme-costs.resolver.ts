import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { programmeScope } from '../platform/access';
import type { AuthUser } from '../platform/app-context';
import { CurrentUser } from '../platform/current-user';
import { Read, type ReadSide } from '../platform/read-side';
import { fundingOf, optionComparisonOf } from './funding.read';
import { DesignOptionComparison, FundingPositionView } from './programme-costs.graphql';

// The pages that show what the design costs against what the deals release, read from the one
// costing model (programmeCostsOf), so each shows the figure the Finance budget shows.
@Resolver()
export class ProgrammeCostsResolver {
  @Query(() => FundingPositionView, { description: 'FTE and budget released by agreed deals, in the pipeline and needed, per financial year' })
  fundingPosition(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return fundingOf(read, user.tenantId, programmeScope(read, user, programmeId));
  }

  @Query(() => [DesignOptionComparison], { description: 'Posts, FTE, full cost for the year (and posts not graded yet) and checks raised, option by option' })
  compareDesignOptions(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('financialYear', { nullable: true, description: "Defaults to today's financial year" }) financialYear?: string,
  ) {
    return optionComparisonOf(read, user.tenantId, programmeScope(read, user, programmeId), financialYear ?? null);
  }
}

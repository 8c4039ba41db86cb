import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { hoursByTier, setCapacityAssumptions } from './capacity.commands';
import { CapacityModel, SetCapacityAssumptionsInput } from './capacity.graphql';
import { capacityModelOf } from './capacity.read';
import { Read, type ReadSide } from '../platform/read-side';

@Resolver()
export class CapacityResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Query(() => CapacityModel, { description: 'Contract-management FTE the target contracts need by tier, against the FTE the activity analysis found' })
  capacityModel(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): CapacityModel {
    return capacityModelOf(read, user.tenantId, programmeScope(read, user, programmeId));
  }

  @Mutation(() => CapacityModel)
  @Roles('tenant_admin', 'consultant')
  async setCapacityAssumptions(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetCapacityAssumptionsInput,
  ): Promise<CapacityModel> {
    const scope = programmeScope(read, user, input.programmeId);
    const assumptions = { hoursPerContractByTier: hoursByTier(input.hoursPerContract), productiveHoursPerFte: input.productiveHoursPerFte };
    await setCapacityAssumptions(this.app, metaFor(user, input), scope, assumptions);
    return capacityModelOf(read, user.tenantId, scope);
  }
}

// What other slices use from capacity: its assumptions stream and command, and tier hours.
export { capacityStream, setCapacityAssumptions } from './capacity.commands';
export { TierHours } from './capacity.graphql';
export { hoursInTierOrder } from './capacity.read';

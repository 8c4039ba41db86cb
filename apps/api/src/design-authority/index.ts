// What other slices use from the design authority: its stream, rows and gate view.
export { designAuthorityStream } from './design-authority.commands';
export { DaGateView } from './design-authority.graphql';
export { designAuthorityModel } from './design-authority.projector';
export { designAuthorityOf } from './design-authority.read';

import { asStored, type Upcasters } from '../shared/upcasting';
import type { TenancyEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const tenancyUpcasters: Upcasters<TenancyEvent> = {
  TenantCreated: { 1: asStored },
  PostholderNamePolicySet: { 1: asStored },
  UserRegistered: { 1: asStored },
  UserInvited: { 1: asStored },
  InvitationAccepted: { 1: asStored },
  PasswordResetIssued: { 1: asStored },
  PasswordResetCompleted: { 1: asStored },
  AuditorAccessGranted: { 1: asStored },
  AuditorAccessRevoked: { 1: asStored },
  UserDeactivated: { 1: asStored },
  PasswordSet: { 1: asStored },
  EmailClaimed: { 1: asStored },
};

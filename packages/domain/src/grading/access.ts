import type { CommandMetadata } from '../shared/decider';
import { forbidden, type GradingErrorCode } from './errors';
import type { AuthorityScope } from './commands';

const isHrPartnerOf = (metadata: CommandMetadata, scope: AuthorityScope): boolean =>
  metadata.actor.role === 'hr_partner' && typeof scope.actorAuthorityId === 'string' && scope.actorAuthorityId === scope.programmeAuthorityId;

const who = (metadata: CommandMetadata): string =>
  metadata.actor.role === 'hr_partner' ? 'you are an HR partner of another council' : `you are signed in as ${metadata.actor.role.replace(/_/g, ' ')}`;

// Sign-off belongs to the council: only an HR partner of the programme's own authority gives it.
export const requireHrPartner = (metadata: CommandMetadata, scope: AuthorityScope, code: GradingErrorCode, action: string): void => {
  if (isHrPartnerOf(metadata, scope)) return;
  throw forbidden(
    code,
    `Only an HR partner of the council running this programme can ${action}; ${who(metadata)}. Ask the council's HR partner to do it in the portal.`,
    {
      role: metadata.actor.role,
    },
  );
};

// Drafting and recording: the consultancy (consultant, tenant admin) or the council's HR partner.
export const requireGradingAuthor = (metadata: CommandMetadata, scope: AuthorityScope, action: string): void => {
  const { role } = metadata.actor;
  if (role === 'consultant' || role === 'tenant_admin' || isHrPartnerOf(metadata, scope)) return;
  throw forbidden('GRADING_ACTION_NOT_ALLOWED', `Only consultants, tenant admins and the council's HR partner can ${action}; ${who(metadata)}.`, {
    role,
  });
};

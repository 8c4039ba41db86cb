import type { FieldProblem } from '../../../components/error-summary';
import type { ChangeFailure } from '../../../lib/change-failure';
import { termsFieldId, type ServicePost } from './terms-form-values';

// Puts a problem the API found against the field it is about, where the form has that field.
export function termsServerProblem(failure: ChangeFailure | null, posts: readonly ServicePost[], reasonFieldId: string): FieldProblem | null {
  if (!failure || failure.kind !== 'problem') return null;
  const postId = typeof failure.details?.postId === 'string' ? failure.details.postId : undefined;
  if (postId && posts.some((p) => p.id === postId)) return { fieldId: termsFieldId.fte(postId), message: failure.message };
  switch (failure.field) {
    case 'effectiveDate':
      return { fieldId: termsFieldId.effectiveDate, message: failure.message };
    case 'linkedChange':
      return { fieldId: termsFieldId.linkedChange, message: failure.message };
    case 'rationale':
      return { fieldId: termsFieldId.rationale, message: failure.message };
    case 'reason':
      return { fieldId: reasonFieldId, message: failure.message };
    default:
      return null;
  }
}

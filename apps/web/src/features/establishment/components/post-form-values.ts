import type { AddPostInput } from '../../../gql/graphql';
import { fteToInput, parseFteText, parseMoneyText, penceToInput } from '../../../lib/units';
import { serverFieldError as fieldErrorOf } from '../../../lib/use-form-state';

export type PostFormValues = {
  reference: string;
  serviceId: string;
  title: string;
  grade: string;
  scp: string;
  fte: string;
  postholderRef: string;
  vacant: boolean;
  cost: string;
  reason: string;
};
export type PostFormField = Exclude<keyof PostFormValues, 'vacant'>;
export type PostFormErrors = Partial<Record<PostFormField, string>>;
export type PostFields = Omit<AddPostInput, 'authorityId' | 'commandId' | 'reason'>;

export const emptyPostForm: PostFormValues = {
  reference: '',
  serviceId: '',
  title: '',
  grade: '',
  scp: '',
  fte: '1',
  postholderRef: '',
  vacant: false,
  cost: '',
  reason: '',
};

export function postFormValuesOf(post: PostFields): PostFormValues {
  return {
    reference: post.reference,
    serviceId: String(post.serviceId),
    title: post.title,
    grade: post.grade,
    scp: post.scp == null ? '' : String(post.scp),
    fte: fteToInput(post.fte),
    postholderRef: post.postholderRef ?? '',
    vacant: post.vacant,
    cost: penceToInput(post.budgetedAnnualCostPence),
    reason: '',
  };
}

const limits = { reference: 40, title: 120, grade: 20 } as const;
const names = { reference: 'the post reference', title: 'the job title', grade: 'the grade' } as const;

// Checks what a person typed and turns it into the API's units; the API checks again.
export function readPostForm(values: PostFormValues): { fields: PostFields; errors?: never } | { fields?: never; errors: PostFormErrors } {
  const errors: PostFormErrors = {};
  const text = {} as Record<keyof typeof limits, string>;
  for (const key of ['reference', 'title', 'grade'] as const) {
    const value = values[key].trim();
    text[key] = value;
    if (value === '') errors[key] = `Enter ${names[key]}`;
    else if ([...value].length > limits[key])
      errors[key] = `${names[key].replace('the ', '').replace(/^./, (c) => c.toUpperCase())} must be ${limits[key]} characters or fewer`;
  }
  if (!values.serviceId) errors.serviceId = 'Select the service the post belongs to';

  let scp: number | null = null;
  const scpText = values.scp.trim();
  if (scpText !== '') {
    if (/^\d{1,2}$/.test(scpText) && Number(scpText) >= 1) scp = Number(scpText);
    else errors.scp = 'SCP must be a whole number from 1 to 99, or left empty';
  }

  const fte = parseFteText(values.fte);
  if (!fte.ok) errors.fte = fte.error;
  const cost = parseMoneyText(values.cost);
  if (!cost.ok) errors.cost = cost.error;

  const postholderRef = values.postholderRef.trim();
  if (postholderRef !== '' && values.vacant) {
    errors.postholderRef = 'A vacant post has no postholder: clear the postholder reference or mark the post as filled';
  }
  if (values.reason.length > 2000) errors.reason = 'The reason must be 2,000 characters or fewer';

  if (Object.keys(errors).length > 0 || !fte.ok || !cost.ok) return { errors };
  return {
    fields: {
      reference: text.reference,
      serviceId: values.serviceId,
      title: text.title,
      grade: text.grade,
      scp,
      fte: fte.value,
      postholderRef: postholderRef === '' ? null : postholderRef,
      vacant: values.vacant,
      budgetedAnnualCostPence: cost.value,
    },
  };
}

// The API names the field it refused in `details.field`; show its message against that field.
const apiFields: Record<string, PostFormField> = {
  reference: 'reference',
  serviceId: 'serviceId',
  title: 'title',
  grade: 'grade',
  scp: 'scp',
  fte: 'fte',
  postholderRef: 'postholderRef',
  budgetedAnnualCostPence: 'cost',
  reason: 'reason',
};

export const serverFieldError = (error: unknown) => fieldErrorOf(error, apiFields);

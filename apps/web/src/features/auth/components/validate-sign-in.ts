export type SignInValues = { email: string; password: string };

export type SignInErrors = Partial<Record<keyof SignInValues, string>>;

// Deliberately loose: the server decides whether the address exists; this only catches slips.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignIn({ email, password }: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'Enter your email address';
  else if (!emailShape.test(trimmed)) errors.email = 'Enter an email address in the correct format, like name@example.com';
  if (!password) errors.password = 'Enter your password';
  return errors;
}

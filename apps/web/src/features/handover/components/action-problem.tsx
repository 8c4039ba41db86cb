// The API's refusal, in its own words (it names the rule and what to do).
export function ActionProblem({ error, title }: { error: Error | null; title: string }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <h3 className="notice__title">{title}</h3>
      <p>{error.message || 'Something went wrong. Try again later.'}</p>
    </div>
  );
}

/** A failure the officer must read; announced at once by assistive technology. */
export function ErrorAlert({
  message,
  id,
}: {
  message: string | null;
  id?: string;
}): React.JSX.Element | null {
  if (message === null) return null;
  return (
    <div className="alert alert-danger" role="alert" id={id}>
      {message}
    </div>
  );
}

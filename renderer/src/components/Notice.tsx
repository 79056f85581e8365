export interface NoticeContent {
  title: string;
  detail?: string;
}

/** Information that is not an error, such as why the vault was locked. */
export function Notice({ notice }: { notice: NoticeContent | null }): React.JSX.Element | null {
  if (notice === null) return null;
  return (
    <div className="alert alert-info" role="status">
      <p className="alert-title">{notice.title}</p>
      {notice.detail ? <p className="alert-detail">{notice.detail}</p> : null}
    </div>
  );
}

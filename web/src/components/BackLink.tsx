import { Link } from 'react-router';

/** "← Back to the list" above a detail page's heading. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="back-link" to={to}>
      <span aria-hidden="true">← </span>
      {children}
    </Link>
  );
}

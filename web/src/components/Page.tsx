import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

/** A console page: its h1 heading, optional actions on the right, and content. */
export function Page({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  usePageTitle(title);
  return (
    <section className="page">
      <div className="page-head">
        <h1>{title}</h1>
        {extra && <div className="page-extra">{extra}</div>}
      </div>
      {children}
    </section>
  );
}

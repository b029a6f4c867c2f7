import type { ReactNode } from 'react';
import type { Err } from '../../shared/result';
import { ErrorNotice } from './ErrorNotice';
import { OkNotice, type Message } from './OkNotice';
import { VirtualTable, type VirtualTableProps } from './table/VirtualTable';

/**
 * The frame of a list screen: the heading with its actions, the refusal and confirmation notices,
 * then the screen's panels and lists.
 */
export function ListScreen({
  id,
  title,
  actions,
  error,
  onDismissError,
  notice = null,
  onDismissNotice,
  children,
}: {
  /** Prefix of the heading's id, which names the section. */
  id: string;
  title: string;
  actions?: ReactNode;
  error: Err | null;
  onDismissError: () => void;
  notice?: Message[] | null;
  onDismissNotice?: () => void;
  children: ReactNode;
}) {
  return (
    <section className="screen office-screen" aria-labelledby={`${id}-title`}>
      <div className="screen-heading">
        <h1 id={`${id}-title`}>{title}</h1>
        {actions && <div className="toolbar">{actions}</div>}
      </div>
      <ErrorNotice error={error} onDismiss={onDismissError} />
      <OkNotice messages={notice} onDismiss={onDismissNotice} />
      {children}
    </section>
  );
}

interface ListBodyProps {
  filters?: ReactNode;
  /** The filters search the list (a landmark for screen readers). */
  search?: boolean;
  count?: string;
  empty: string;
  isEmpty: boolean;
}

/** A list with its filters, the count it shows, and the sentence shown instead when it is empty. */
export function ListBody({
  filters,
  search = false,
  count,
  empty,
  isEmpty,
  children,
}: ListBodyProps & { children: ReactNode }) {
  return (
    <>
      {(filters || count) && (
        <div className="toolbar filters" role={search ? 'search' : undefined}>
          {filters}
          {count && (
            <span className="muted count" role="status">
              {count}
            </span>
          )}
        </div>
      )}
      {isEmpty ? <p className="muted">{empty}</p> : children}
    </>
  );
}

/** A ListBody whose list is one table. */
export function ListTable<Row>({ table, ...body }: ListBodyProps & { table: VirtualTableProps<Row> }) {
  return (
    <ListBody {...body}>
      <VirtualTable {...table} />
    </ListBody>
  );
}

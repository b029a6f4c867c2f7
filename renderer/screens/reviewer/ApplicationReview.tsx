import { useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { ApplicationDetail, InboxState, ReviewState } from '../../../shared/contract/reviewer';
import { useChannel } from '../../api/use-channel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApplicationReader } from './ApplicationReader';
import { nextOpen, reviewOrder } from './review-queue';
import { mayLeaveReview, useReviewerStore } from './reviewer-store';
import { ScoringForm } from './ScoringForm';
import { isTyping, ShortcutHelp } from './ShortcutHelp';
import { StateTag } from './StateTag';

function stateOf(review: ReviewState | null): InboxState {
  if (!review) return 'not-started';
  return review.exported ? 'exported' : review.content.status;
}

/**
 * One application: the reader on the left, the review form generated from the rubric on the right,
 * previous / next through the inbox, and on to the next open one after a submit.
 */
export function ApplicationReview({
  applicationId,
  onClose,
  onOpen,
}: {
  applicationId: string;
  onClose: () => void;
  onOpen: (applicationId: string) => void;
}) {
  const { t } = useT();
  const [help, setHelp] = useState(false);
  const queue = useReviewerStore((state) => state.queue);
  const justSubmitted = useReviewerStore((state) => state.justSubmitted);
  const setJustSubmitted = useReviewerStore((state) => state.setJustSubmitted);

  const application = useChannel('reviewer.application', { applicationId });
  // The answer held when another application is opened is the previous one's: it is not shown, and
  // the screen says "loading" until this one's arrives (applicationId may be an id or a reference).
  const [opened, setOpened] = useState({ applicationId, held: application.value });
  if (opened.applicationId !== applicationId) setOpened({ applicationId, held: application.value });
  const loaded = application.value === opened.held ? null : application.value;
  // The review as the form has changed it since that answer (saved, submitted, reopened, recused).
  const [changed, setChanged] = useState<{ answer: ApplicationDetail; review: ReviewState } | null>(null);
  const detail = useMemo(
    () => (loaded && changed?.answer === loaded ? { ...loaded, review: changed.review } : loaded),
    [loaded, changed],
  );

  // The inbox read fails quietly: previous / next then have nothing to step through.
  const inbox = useChannel('reviewer.inbox', {});
  const reloadInbox = inbox.reload;
  const order = useMemo(
    () => (inbox.value ? reviewOrder(inbox.value.items, queue) : []),
    [inbox.value, queue],
  );

  const at = order.findIndex((item) => item.applicationId === applicationId);
  const previous = at > 0 ? order[at - 1] : undefined;
  const next = at >= 0 ? order[at + 1] : undefined;

  const go = useCallback(
    async (target: string | null) => {
      if (!(await mayLeaveReview())) return;
      setJustSubmitted(null);
      if (target === null) onClose();
      else onOpen(target);
    },
    [onClose, onOpen, setJustSubmitted],
  );

  const onReview = useCallback(
    (review: ReviewState) => {
      if (loaded) setChanged({ answer: loaded, review });
      const submittedNow =
        detail !== null &&
        detail.review?.content.status !== 'submitted' &&
        review.content.status === 'submitted';
      if (!submittedNow) return;
      const reference = detail.application.referenceNo;
      void reloadInbox().then((fresh) => {
        const items = fresh ? reviewOrder(fresh.items, useReviewerStore.getState().queue) : [];
        const following = nextOpen(items, applicationId);
        if (!following) return;
        setJustSubmitted(reference);
        onOpen(following.applicationId);
      });
    },
    [applicationId, detail, loaded, reloadInbox, onOpen, setJustSubmitted],
  );

  // J / K step through the inbox and ? lists every shortcut; keys typed into a field stay there.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (help || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '?') setHelp(true);
      else if (event.key === 'j' && next) void go(next.applicationId);
      else if (event.key === 'k' && previous) void go(previous.applicationId);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [help, next, previous, go]);

  return (
    <section className="screen review-screen">
      <div className="review-header">
        <nav className="review-nav" aria-label={t('reviewer.moveThrough.label')}>
          <button type="button" onClick={() => void go(null)}>
            ← {t('reviewer.reader.back')}
          </button>
          <button
            type="button"
            disabled={!previous}
            onClick={() => previous && void go(previous.applicationId)}
          >
            ‹ {t('reviewer.moveThrough.previous')}
          </button>
          {at >= 0 && (
            <span className="muted">
              {t('reviewer.moveThrough.position', { position: at + 1, total: order.length })}
            </span>
          )}
          <button type="button" disabled={!next} onClick={() => next && void go(next.applicationId)}>
            {t('reviewer.moveThrough.next')} ›
          </button>
          <button type="button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            {t('reviewer.shortcuts.open')}
          </button>
        </nav>
        {detail && (
          <div className="review-heading">
            <h1>
              <span className="mono reference">{detail.application.referenceNo}</span>{' '}
              {detail.application.title}
            </h1>
            <div>
              <span className="tag">{detail.call.code}</span>
              <StateTag
                state={stateOf(detail.review)}
                recused={detail.review?.content.status === 'recused'}
              />
            </div>
          </div>
        )}
      </div>
      {justSubmitted && (
        <p className="notice notice-ok" role="status">
          {t('reviewer.moveThrough.submittedNext', { reference: justSubmitted })}
        </p>
      )}
      <ErrorNotice error={application.error} onDismiss={application.clearError} />
      {!detail && !application.error && <p className="muted">{t('ui.loading')}</p>}
      {detail?.application.archived && (
        <p className="notice notice-warn">{t('reviewer.reader.archivedNotice')}</p>
      )}
      {detail && (
        <div className="review-columns">
          <ApplicationReader detail={detail} />
          <ScoringForm key={detail.application.id} detail={detail} onReview={onReview} />
        </div>
      )}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </section>
  );
}

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { Err, Result } from '../../../shared/result';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currentLanguage } from '../../i18n/i18n';
import { formatBytes } from './format';
import type { PDFDocumentProxy } from './pdf-runtime';

interface Attachment {
  id: string;
  fileName: string;
  size: number;
}

const MIN_SCALE = 0.5;
const MAX_SCALE = 3;
const SCALE_STEP = 0.25;

/** Reads one attachment's bytes; the assignment package's attachments by default. */
export type AttachmentLoader = (id: string) => Promise<Result<{ bytes: Uint8Array }>>;

// A loader answers the whole Result (the viewer shows each attachment's refusal): the transport.
const loadAssignmentAttachment: AttachmentLoader = (attachmentId) =>
  api().invoke('reviewer.attachment', { attachmentId });

/** The application's PDF attachments in an in-app viewer (pdf.js); no external viewer is opened. */
export function PdfViewer({
  attachments,
  load = loadAssignmentAttachment,
}: {
  attachments: readonly Attachment[];
  load?: AttachmentLoader;
}) {
  const { t } = useT();
  const id = useId();
  const [attachmentId, setAttachmentId] = useState(attachments[0]?.id ?? '');
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<Err | null>(null);
  const current = attachments.find((attachment) => attachment.id === attachmentId);

  useEffect(() => {
    if (!attachmentId) return undefined;
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    setDoc(null);
    setError(null);
    void (async () => {
      const result = await load(attachmentId);
      if (cancelled) return;
      if (!result.ok) {
        setError(result);
        return;
      }
      try {
        const { loadPdf } = await import('./pdf-runtime');
        loaded = await loadPdf(result.value.bytes);
        if (cancelled) void loaded.destroy();
        else setDoc(loaded);
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        if (!cancelled)
          setError({ ok: false, code: 'reviewer.pdf.failed', message: detail, params: { detail } });
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [attachmentId, load]);

  if (attachments.length === 0) return <p className="muted">{t('reviewer.pdf.none')}</p>;
  return (
    <div className="pdf-viewer">
      {attachments.length > 1 ? (
        <label className="toolbar-field">
          {t('reviewer.pdf.attachment')}
          <select value={attachmentId} onChange={(event) => setAttachmentId(event.target.value)}>
            {attachments.map((attachment) => (
              <option key={attachment.id} value={attachment.id}>
                {attachment.fileName}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted" id={`${id}-name`}>
          {current?.fileName} ({formatBytes(current?.size ?? 0, currentLanguage())})
        </p>
      )}
      <ErrorNotice error={error} />
      {!doc && !error && <p className="muted">{t('reviewer.pdf.loading')}</p>}
      {doc && current && <PdfDocumentView key={current.id} doc={doc} name={current.fileName} />}
    </div>
  );
}

interface Match {
  page: number;
  /** Which occurrence on its page (0-based). */
  index: number;
}

/** The zoom that makes a page `pageWidth` wide fill a pane `paneWidth` wide; null before layout. */
export function fitWidthScale(paneWidth: number, pageWidth: number): number | null {
  if (paneWidth <= 0 || pageWidth <= 0) return null;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, (paneWidth - 24) / pageWidth));
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

function PdfDocumentView({ doc, name }: { doc: PDFDocumentProxy; name: string }) {
  const { t } = useT();
  const id = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState(1);
  const [pageText, setPageText] = useState('1');
  const [scale, setScale] = useState(1);
  const [query, setQuery] = useState('');
  const [needle, setNeedle] = useState('');
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [matchIndex, setMatchIndex] = useState(0);
  const pages = doc.numPages;

  const goTo = (next: number) => {
    const clamped = Math.min(pages, Math.max(1, next));
    setPage(clamped);
    setPageText(String(clamped));
  };

  // Render the page and its text layer (for selection and search highlights) at the current zoom.
  useEffect(() => {
    let cancelled = false;
    let cancelRender: (() => void) | undefined;
    void (async () => {
      const { TextLayer } = await import('./pdf-runtime');
      const pdfPage = await doc.getPage(page);
      if (cancelled) return;
      const viewport = pdfPage.getViewport({ scale });
      const canvas = canvasRef.current;
      const layer = textRef.current;
      const frame = frameRef.current;
      if (!canvas || !layer || !frame) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      frame.style.setProperty('--total-scale-factor', String(scale));
      const task = pdfPage.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      cancelRender = () => task.cancel();
      try {
        await task.promise;
      } catch {
        return; // cancelled by a newer render
      }
      if (cancelled) return;
      layer.replaceChildren();
      const textLayer = new TextLayer({
        textContentSource: await pdfPage.getTextContent(),
        container: layer,
        viewport,
      });
      await textLayer.render();
      if (!cancelled) highlight(layer, needle, matches, matchIndex, page);
    })();
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [doc, page, scale, needle, matches, matchIndex]);

  async function search(event: FormEvent) {
    event.preventDefault();
    const wanted = query.trim().toLowerCase();
    setNeedle(wanted);
    if (wanted === '') {
      setMatches(null);
      return;
    }
    const found: Match[] = [];
    for (let number = 1; number <= pages; number += 1) {
      const content = await (await doc.getPage(number)).getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .toLowerCase();
      for (let index = 0; index < occurrences(text, wanted); index += 1) found.push({ page: number, index });
    }
    setMatches(found);
    setMatchIndex(0);
    if (found[0]) goTo(found[0].page);
  }

  const stepMatch = (step: number) => {
    if (!matches || matches.length === 0) return;
    const next = (matchIndex + step + matches.length) % matches.length;
    setMatchIndex(next);
    goTo(matches[next]?.page ?? page);
  };

  const fitWidth = useCallback(
    async (pageNumber: number) => {
      const width = frameRef.current?.parentElement?.clientWidth ?? 0;
      const natural = (await doc.getPage(pageNumber)).getViewport({ scale: 1 }).width;
      const fitted = fitWidthScale(width, natural);
      if (fitted !== null) setScale(fitted);
    },
    [doc],
  );
  // A document opens fitted to the width of its pane: at 1366×768 a page at 100 % is cut off.
  useEffect(() => {
    void fitWidth(1);
  }, [fitWidth]);

  return (
    <>
      <div className="pdf-toolbar" role="toolbar" aria-label={t('reviewer.pdf.toolbar')}>
        <button
          type="button"
          onClick={() => goTo(page - 1)}
          disabled={page <= 1}
          aria-label={t('reviewer.pdf.previous')}
        >
          ‹
        </button>
        <label className="pdf-page">
          <span>{t('reviewer.pdf.page')}</span>
          <input
            type="number"
            min={1}
            max={pages}
            value={pageText}
            onChange={(event) => setPageText(event.target.value)}
            onBlur={() => goTo(Number(pageText) || page)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') goTo(Number(pageText) || page);
            }}
          />
          <span>{t('reviewer.pdf.pageOf', { pages })}</span>
        </label>
        <button
          type="button"
          onClick={() => goTo(page + 1)}
          disabled={page >= pages}
          aria-label={t('reviewer.pdf.next')}
        >
          ›
        </button>
        <span className="toolbar-gap" />
        <button
          type="button"
          onClick={() => setScale((value) => Math.max(MIN_SCALE, value - SCALE_STEP))}
          disabled={scale <= MIN_SCALE}
          aria-label={t('reviewer.pdf.zoomOut')}
        >
          −
        </button>
        <span className="pdf-zoom" aria-live="polite">
          {t('reviewer.pdf.zoom', { percent: Math.round(scale * 100) })}
        </span>
        <button
          type="button"
          onClick={() => setScale((value) => Math.min(MAX_SCALE, value + SCALE_STEP))}
          disabled={scale >= MAX_SCALE}
          aria-label={t('reviewer.pdf.zoomIn')}
        >
          +
        </button>
        <button type="button" onClick={() => void fitWidth(page)}>
          {t('reviewer.pdf.fitWidth')}
        </button>
      </div>
      <form className="pdf-search" role="search" onSubmit={(event) => void search(event)}>
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {t('reviewer.pdf.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('reviewer.pdf.search')}
        />
        <button type="submit">{t('reviewer.pdf.find')}</button>
        <button
          type="button"
          onClick={() => stepMatch(-1)}
          disabled={!matches?.length}
          aria-label={t('reviewer.pdf.previousMatch')}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => stepMatch(1)}
          disabled={!matches?.length}
          aria-label={t('reviewer.pdf.nextMatch')}
        >
          ↓
        </button>
        <span className="muted" role="status">
          {matches === null
            ? ''
            : matches.length === 0
              ? t('reviewer.pdf.noMatches')
              : t('reviewer.pdf.matches', { current: matchIndex + 1, count: matches.length })}
        </span>
      </form>
      {/* Focusable so the page can be scrolled with the keyboard once zoomed in. */}
      <div className="pdf-stage" tabIndex={0} role="region" aria-label={name}>
        <div className="pdf-page-frame" ref={frameRef}>
          <canvas ref={canvasRef} role="img" aria-label={t('reviewer.pdf.canvas', { page, name })} />
          <div className="textLayer" ref={textRef} />
        </div>
      </div>
    </>
  );
}

/** Marks the text-layer pieces that contain the search text; the current match is scrolled to. */
function highlight(
  layer: HTMLElement,
  needle: string,
  matches: Match[] | null,
  matchIndex: number,
  page: number,
): void {
  if (!needle || !matches) return;
  const current = matches[matchIndex];
  let seen = 0;
  for (const span of layer.querySelectorAll('span')) {
    const count = occurrences((span.textContent ?? '').toLowerCase(), needle);
    if (count === 0) continue;
    span.classList.add('pdf-match');
    if (current?.page === page && current.index >= seen && current.index < seen + count) {
      span.classList.add('pdf-match-current');
      span.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    seen += count;
  }
}

/**
 * pdf.js as Peerdesk runs it: the worker from the app's own origin (Vite emits it as an asset; the
 * CSP allows workers from 'self' only), no eval (the CSP forbids it), no WebAssembly decoders, and
 * the document given as bytes, so nothing is ever fetched. Loaded lazily by PdfViewer.
 */
import { GlobalWorkerOptions, TextLayer, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * `isEvalSupported: false` keeps pdf.js from compiling fonts with `eval`; pdf.js 5 removed that path
 * (its types no longer list the option, hence the wider type), so it also guards a downgrade.
 */
type LoadOptions = DocumentInitParameters & { isEvalSupported: false };

export function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js transfers the buffer to its worker: give it a copy so the caller's bytes stay usable.
  const options: LoadOptions = {
    data: bytes.slice(),
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
  };
  return getDocument(options).promise;
}

export { TextLayer };
export type { PDFDocumentProxy };

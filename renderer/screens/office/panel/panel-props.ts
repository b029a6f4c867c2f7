import type { PanelView } from '../../../../shared/contract/panel';
import type { ResultsView } from '../../../../shared/contract/results';
import type { Message } from '../../../components/OkNotice';

/** What each section of the panel screen is drawn from: the panel as stored and the call's ranking. */
export interface PanelSectionProps {
  view: PanelView;
  results: ResultsView;
}

/** How a section that saves something tells the screen what it did. */
export type ReportNotice = (notice: Message) => void;

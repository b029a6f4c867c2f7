import { writeZip } from '../bundle';
import type { HandlerMap } from '../core/registry';
import { requireCall } from './office-support';
import { enterPaperBallot } from '../panel/ballots';
import { consensusRevisions, saveConsensus, setRule, setSchedule } from '../panel/edit';
import { setupPanel } from '../panel/setup';
import { panelTally } from '../panel/tally';
import { panelView } from '../panel/view';
import { feedbackLetters } from '../panel/feedback';
import { minutesPdf } from '../panel/minutes';
import { scheduleFile } from '../panel/schedule-export';

export const panelHandlers: HandlerMap = {
  'panel.setup': (request, { session, services }) => {
    const db = session.require('office').db;
    return panelView(db, setupPanel(db, request, services.now().toISOString()));
  },
  'panel.get': ({ callId }, { session }) => panelView(session.require('office').db, callId),
  'panel.schedule.set': ({ callId, entries }, { session, services }) => {
    const db = session.require('office').db;
    return panelView(db, setSchedule(db, callId, entries, services.now().toISOString()));
  },
  'panel.rule.set': ({ callId, rule, requiresRecommendation }, { session, services }) => {
    const db = session.require('office').db;
    return panelView(db, setRule(db, callId, rule, requiresRecommendation, services.now().toISOString()));
  },
  'panel.ballot.enter': ({ callId, ...ballot }, { session, services }) =>
    enterPaperBallot(session.require('office').db, callId, ballot, services.now().toISOString()),
  'panel.tally': ({ callId, record }, { session, services }) =>
    panelTally(session.require('office').db, callId, record ? { at: services.now().toISOString() } : null),
  'panel.consensus.save': ({ callId, ...input }, { session, services }) =>
    saveConsensus(session.require('office').db, callId, input, services.now().toISOString()),
  'panel.consensus.revisions': ({ callId, applicationId }, { session }) =>
    consensusRevisions(session.require('office').db, callId, applicationId),
  'panel.consensus.finalise': ({ callId, ...input }, { session, services }) =>
    saveConsensus(session.require('office').db, callId, { ...input, text: '' }, services.now().toISOString()),
  'panel.minutes': async ({ callId }, { session, services, language }) => ({
    fileName: 'minutes.pdf',
    mediaType: 'application/pdf',
    bytes: await minutesPdf(session.require('office').db, callId, language, services.now()),
  }),
  'panel.schedule.export': ({ callId, format }, { session, services, language }) =>
    scheduleFile(session.require('office').db, callId, format, language, services.now()),
  'panel.feedback': async ({ callId, language, packaging }, { session, services }) => {
    const db = session.require('office').db;
    const files = (await feedbackLetters(db, callId, language, services.now())).map((file) => ({
      ...file,
      mediaType: file.fileName.endsWith('.csv') ? 'text/csv' : 'application/pdf',
    }));
    const contents = files.map((file) => file.fileName);
    if (packaging === 'files') return { files, contents };
    const zip = writeZip(files.map((file) => ({ name: file.fileName, bytes: file.bytes })));
    const fileName = `feedback-${requireCall(db, callId).code}.zip`;
    return { files: [{ fileName, mediaType: 'application/zip', bytes: zip }], contents };
  },
};

import { useState } from 'react';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { PanelView } from '../../../../shared/contract/panel';
import type { ResultsView } from '../../../../shared/contract/results';
import { useAction, useChannel } from '../../../api/use-channel';
import { LabelledSelect } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';
import type { Message } from '../../../components/OkNotice';
import { MemberPicker } from './MemberPicker';
import { PanelCard } from './PanelCard';
import { RuleFields, quorumChoice, quorumValue, type RuleDraft } from './RuleFields';
import { ShortlistTable } from './ShortlistTable';
import { draftShortlist, type ShortlistChange, type ShortlistFrom } from './shortlist-draft';

const SHORTLIST_FROM: readonly ShortlistFrom[] = ['top-n', 'funded-and-lottery', 'keep'];

/** A typed count: a whole number of at least 1 (an empty or bad field counts as 1). */
function wholeNumber(text: string): number {
  const value = Math.floor(Number(text));
  return Number.isFinite(value) && value >= 1 ? value : 1;
}

/**
 * Panel set-up for one call: the shortlist from the ranking with manual changes (each with a
 * reason), the members from the registry with their conflicts, the minimum size and the voting rule.
 */
export function PanelSetup({
  callId,
  template,
  results,
  view,
  onSaved,
}: {
  callId: string;
  /** The call's minimum panel size when no panel is stored yet. */
  template: { minMembers: number };
  results: ResultsView;
  view: PanelView | null;
  onSaved: (notice: Message) => void;
}) {
  const { t } = useT();
  const reviewers = useChannel('reviewers.list', {});
  const recorded = useChannel('conflicts.list', { callId });
  const saving = useAction();
  const [from, setFrom] = useState<ShortlistFrom>(view ? 'keep' : 'top-n');
  // Typed numbers are kept as typed, so clearing a field and typing anew works.
  const [nText, setN] = useState('10');
  const n = wholeNumber(nText);
  const [add, setAdd] = useState<ShortlistChange[]>([]);
  const [remove, setRemove] = useState<ShortlistChange[]>([]);
  const [addId, setAddId] = useState('');
  const [addReason, setAddReason] = useState('');
  const [members, setMembers] = useState<string[]>(view?.members.map((m) => m.id) ?? []);
  const [minText, setMinMembers] = useState(String(view?.minMembers ?? template.minMembers));
  const minMembers = wholeNumber(minText);
  const [rule, setRule] = useState<RuleDraft>({
    quorum: quorumChoice(view?.rule.quorum ?? 0.6667),
    majority: view?.rule.majority ?? '>1/2',
    requiresRecommendation: view?.requiresRecommendation ?? false,
  });
  const { requiresRecommendation } = rule;

  const rows = draftShortlist({ from, n, results, stored: view?.shortlist ?? null, add, remove });
  const active = rows.filter((row) => row.removedReason === null);
  const onList = new Set(active.map((row) => row.applicationId));
  const conflictPairs = new Set<string>();
  for (const row of recorded.value ?? []) conflictPairs.add(`${row.applicationId}:${row.reviewerId}`);
  for (const row of view?.shortlist ?? [])
    for (const member of row.conflictedMembers) conflictPairs.add(`${row.applicationId}:${member}`);
  const names = new Map((reviewers.value ?? []).map((r) => [r.id, r.name]));
  const conflictNames = (applicationId: string) =>
    members.filter((m) => conflictPairs.has(`${applicationId}:${m}`)).map((m) => names.get(m) ?? m);
  const conflictCount = (reviewerId: string) =>
    active.filter((row) => conflictPairs.has(`${row.applicationId}:${reviewerId}`)).length;
  const addable = results.applications.filter((a) => !onList.has(a.id));

  const blocked =
    from !== 'keep' && results.run === null
      ? t('panel.ui.noRun')
      : active.length === 0
        ? t('panel.ui.setup.emptyShortlist')
        : members.length < minMembers
          ? t('panel.ui.setup.tooFew', { min: minMembers })
          : null;

  const save = async () => {
    const shortlist = from === 'top-n' ? { from, n } : { from };
    const stored = await saving.run('panel.setup', {
      callId,
      shortlist,
      add,
      remove,
      members,
      minMembers,
      requiresRecommendation,
    });
    if (!stored) return;
    const ruled = await saving.run('panel.rule.set', {
      callId,
      rule: { quorum: quorumValue(rule.quorum), majority: rule.majority },
      requiresRecommendation,
    });
    if (!ruled) return;
    setFrom('keep');
    setAdd([]);
    setRemove([]);
    onSaved({
      key: 'panel.ui.setup.saved',
      params: {
        shortlisted: ruled.shortlist.filter((row) => row.removedReason === null).length,
        members: ruled.members.length,
      },
    });
  };

  return (
    <div className="panel-setup">
      <ErrorNotice
        error={saving.error ?? reviewers.error ?? recorded.error}
        onDismiss={() => saving.setError(null)}
      />
      {results.run === null && <p className="notice notice-warn">{t('panel.ui.noRun')}</p>}
      <PanelCard id="panel-shortlist-title" title={t('panel.ui.setup.shortlist')}>
        <div className="toolbar">
          <LabelledSelect
            className="panel-inline"
            label={t('panel.ui.setup.from')}
            value={from}
            choices={SHORTLIST_FROM.filter((option) => option !== 'keep' || view !== null).map((option) => ({
              value: option,
              label: t(`panel.ui.setup.fromOptions.${option}`),
            }))}
            onChange={setFrom}
          />
          {from === 'top-n' && (
            <label className="panel-inline">
              {t('panel.ui.setup.n')}
              <input
                type="number"
                min={1}
                max={results.applications.length}
                value={nText}
                onChange={(e) => setN(e.target.value)}
              />
            </label>
          )}
          <span className="muted">{t('panel.ui.setup.shortlisted', { count: active.length })}</span>
        </div>
        <ShortlistTable
          rows={rows}
          results={results}
          conflictNames={conflictNames}
          onRemove={(applicationId, reason) => {
            setRemove([
              ...remove.filter((r) => r.applicationId !== applicationId),
              { applicationId, reason },
            ]);
          }}
          onUndo={(applicationId) => {
            setAdd(add.filter((a) => a.applicationId !== applicationId));
            setRemove(remove.filter((r) => r.applicationId !== applicationId));
          }}
        />
        <fieldset className="panel-add">
          <legend>{t('panel.ui.setup.add')}</legend>
          <LabelledSelect
            className="panel-inline"
            label={t('panel.ui.setup.addApplication')}
            value={addId}
            choices={[
              { value: '', label: t('panel.ui.setup.addChoose') },
              ...addable.map((a) => ({ value: a.id, label: `${a.referenceNo} ${a.title}` })),
            ]}
            onChange={setAddId}
          />
          <label className="panel-inline panel-grow">
            {t('panel.ui.setup.addReason')}
            <input value={addReason} maxLength={4000} onChange={(e) => setAddReason(e.target.value)} />
          </label>
          <ReasonedButton
            blocked={addId === '' || addReason.trim() === '' ? t('panel.ui.setup.addDisabled') : null}
            busy={false}
            onClick={() => {
              setRemove(remove.filter((r) => r.applicationId !== addId));
              setAdd([...add, { applicationId: addId, reason: addReason.trim() }]);
              setAddId('');
              setAddReason('');
            }}
          >
            {t('panel.ui.setup.addButton')}
          </ReasonedButton>
        </fieldset>
      </PanelCard>

      <PanelCard
        id="panel-members-title"
        title={t('panel.ui.setup.members')}
        hint={t('panel.ui.setup.membersHint')}
      >
        <FormField label={t('panel.ui.setup.minMembers')} hint={t('panel.ui.setup.minMembersHint')}>
          <input
            className="panel-count"
            type="number"
            min={1}
            max={1000}
            value={minText}
            onChange={(e) => setMinMembers(e.target.value)}
          />
        </FormField>
        {reviewers.value && (
          <MemberPicker
            reviewers={reviewers.value}
            chosen={members}
            min={minMembers}
            conflictCount={conflictCount}
            onChange={setMembers}
          />
        )}
      </PanelCard>

      <PanelCard id="panel-rule-title" title={t('panel.ui.setup.rule')}>
        <RuleFields rule={rule} onChange={setRule} />
      </PanelCard>

      <div className="toolbar">
        <ReasonedButton blocked={blocked} busy={saving.busy} primary onClick={() => void save()}>
          {t('panel.ui.setup.save')}
        </ReasonedButton>
        {blocked && <span className="hint">{blocked}</span>}
      </div>
    </div>
  );
}

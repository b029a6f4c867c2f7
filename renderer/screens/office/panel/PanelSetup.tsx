import { useState } from 'react';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { PanelView } from '../../../../shared/contract/panel';
import type { ResultsView } from '../../../../shared/contract/results';
import type { PanelMajority } from '../../../../shared/domain/panel';
import { useAction, useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';
import type { Message } from '../../../components/OkNotice';
import { MemberPicker } from './MemberPicker';
import { RuleFields, quorumChoice, quorumValue } from './RuleFields';
import { ShortlistTable } from './ShortlistTable';
import { draftShortlist, type ShortlistChange, type ShortlistFrom } from './shortlist-draft';

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
  const [quorum, setQuorum] = useState(quorumChoice(view?.rule.quorum ?? 0.6667));
  const [majority, setMajority] = useState<PanelMajority>(view?.rule.majority ?? '>1/2');
  const [requiresRecommendation, setRequiresRecommendation] = useState(view?.requiresRecommendation ?? false);

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
      rule: { quorum: quorumValue(quorum), majority },
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
      <section className="card panel-card" aria-labelledby="panel-shortlist-title">
        <h2 id="panel-shortlist-title">{t('panel.ui.setup.shortlist')}</h2>
        <div className="toolbar">
          <label className="panel-inline">
            {t('panel.ui.setup.from')}
            <select value={from} onChange={(e) => setFrom(e.target.value as ShortlistFrom)}>
              {(['top-n', 'funded-and-lottery', 'keep'] as const)
                .filter((option) => option !== 'keep' || view !== null)
                .map((option) => (
                  <option key={option} value={option}>
                    {t(`panel.ui.setup.fromOptions.${option}`)}
                  </option>
                ))}
            </select>
          </label>
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
          <label className="panel-inline">
            {t('panel.ui.setup.addApplication')}
            <select value={addId} onChange={(e) => setAddId(e.target.value)}>
              <option value="">{t('panel.ui.setup.addChoose')}</option>
              {addable.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.referenceNo} {a.title}
                </option>
              ))}
            </select>
          </label>
          <label className="panel-inline panel-grow">
            {t('panel.ui.setup.addReason')}
            <input value={addReason} maxLength={4000} onChange={(e) => setAddReason(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={addId === '' || addReason.trim() === ''}
            title={addId === '' || addReason.trim() === '' ? t('panel.ui.setup.addDisabled') : undefined}
            onClick={() => {
              setRemove(remove.filter((r) => r.applicationId !== addId));
              setAdd([...add, { applicationId: addId, reason: addReason.trim() }]);
              setAddId('');
              setAddReason('');
            }}
          >
            {t('panel.ui.setup.addButton')}
          </button>
        </fieldset>
      </section>

      <section className="card panel-card" aria-labelledby="panel-members-title">
        <h2 id="panel-members-title">{t('panel.ui.setup.members')}</h2>
        <p className="muted">{t('panel.ui.setup.membersHint')}</p>
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
      </section>

      <section className="card panel-card" aria-labelledby="panel-rule-title">
        <h2 id="panel-rule-title">{t('panel.ui.setup.rule')}</h2>
        <RuleFields
          quorum={quorum}
          majority={majority}
          requiresRecommendation={requiresRecommendation}
          onQuorum={setQuorum}
          onMajority={setMajority}
          onRequiresRecommendation={setRequiresRecommendation}
        />
      </section>

      <div className="toolbar">
        <ReasonedButton blocked={blocked} busy={saving.busy} primary onClick={() => void save()}>
          {t('panel.ui.setup.save')}
        </ReasonedButton>
        {blocked && <span className="hint">{blocked}</span>}
      </div>
    </div>
  );
}

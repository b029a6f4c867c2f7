import { useT } from '../../../i18n/use-t';
import type { ProgressCounts } from '../../../../shared/contract/dashboard';

/** The counts of one call (or reviewer) as tiles, with received / assigned as a bar. */
export function ProgressTiles({ counts, conflicts }: { counts: ProgressCounts; conflicts?: number }) {
  const { t } = useT();
  const done = counts.received + counts.recused;
  const tiles: { key: keyof ProgressCounts | 'conflicts'; value: number; tone?: string | undefined }[] = [
    { key: 'assigned', value: counts.assigned },
    { key: 'received', value: counts.received, tone: 'ok' },
    { key: 'recused', value: counts.recused, tone: counts.recused > 0 ? 'warn' : undefined },
    { key: 'outstanding', value: counts.outstanding },
    { key: 'overdue', value: counts.overdue, tone: counts.overdue > 0 ? 'danger' : undefined },
  ];
  if (conflicts !== undefined) {
    tiles.push({ key: 'conflicts', value: conflicts, tone: conflicts > 0 ? 'danger' : undefined });
  }
  return (
    <div className="progress-tiles">
      <dl className="tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={tile.tone ? `tile tile-${tile.tone}` : 'tile'}>
            <dt>
              {t(tile.key === 'conflicts' ? 'merge.dashboard.conflictsShort' : `merge.dashboard.${tile.key}`)}
            </dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
      <progress
        className="received-bar"
        max={counts.assigned || 1}
        value={done}
        aria-label={t('merge.dashboard.completion', { done, assigned: counts.assigned })}
      />
    </div>
  );
}

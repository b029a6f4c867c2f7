import { useT } from '../../../i18n/use-t';
import { pick } from '../../../../shared/domain/localized';
import { useChannel } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';

/**
 * The competing versions of one review side by side, field by field; fields that differ are marked.
 * The version the workspace uses now (the greater digest) comes first.
 */
export function ConflictCompare({
  callId,
  applicationId,
  reviewerId,
}: {
  callId: string;
  applicationId: string;
  reviewerId: string;
}) {
  const { t } = useT();
  const { value: conflict, error } = useChannel('dashboard.conflict', { callId, applicationId, reviewerId });
  if (error) return <ErrorNotice error={error} />;
  if (!conflict) return <p className="muted">{t('ui.loading')}</p>;

  const language = currentLanguage();
  const label = (items: { id: string; label: { zh: string; en: string } }[], itemId: string) => {
    const found = items.find((item) => item.id === itemId);
    return found ? pick(found.label, language) : itemId;
  };
  const criterionIds = [
    ...new Set(conflict.versions.flatMap((version) => Object.keys(version.content.scores))),
  ];
  const commentIds = [
    ...new Set(conflict.versions.flatMap((version) => Object.keys(version.content.comments))),
  ];
  const rows: { key: string; field: string; values: string[] }[] = [
    {
      key: 'status',
      field: t('merge.dashboard.status'),
      values: conflict.versions.map((v) => v.content.status),
    },
    ...criterionIds.map((criterion) => ({
      key: `score-${criterion}`,
      field: label(conflict.criteria, criterion),
      values: conflict.versions.map((v) => String(v.content.scores[criterion] ?? '—')),
    })),
    {
      key: 'recommendation',
      field: t('merge.dashboard.recommendation'),
      values: conflict.versions.map((v) =>
        v.content.recommendation ? label(conflict.recommendations, v.content.recommendation) : '—',
      ),
    },
    ...commentIds.map((comment) => ({
      key: `comment-${comment}`,
      field: `${t('merge.dashboard.comments')} · ${comment}`,
      values: conflict.versions.map((v) => v.content.comments[comment] ?? ''),
    })),
    {
      key: 'recusal',
      field: t('merge.dashboard.recusal'),
      values: conflict.versions.map((v) => v.content.recusal?.reason ?? '—'),
    },
  ];
  return (
    <table className="table conflict-compare">
      <caption>
        {conflict.referenceNo} · {conflict.reviewerName}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('merge.dashboard.field')}</th>
          {conflict.versions.map((version) => (
            <th key={version.digest} scope="col">
              {t('merge.dashboard.version', {
                revision: version.revision,
                digest: version.digest.slice(0, 12),
              })}{' '}
              <span className={version.current ? 'tag tag-ok' : 'tag'}>
                {version.current ? t('merge.dashboard.current') : t('merge.dashboard.other')}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const differs = new Set(row.values).size > 1;
          return (
            <tr key={row.key} className={differs ? 'differs' : undefined}>
              <th scope="row">{row.field}</th>
              {row.values.map((value, index) => (
                <td key={index} className="conflict-value">
                  {value}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

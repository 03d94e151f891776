import { safeHref } from '../story/safeHref';
import type { Claim, Lang } from '../../contract';
import type { Messages } from '../i18n';
import { formatQuantity } from '../story/format';

/** A figure from the article beside the reference figure and, where the map allows, the measured one. */
export function ClaimView({ claim, lang, locale, t }: { claim: Claim; lang: Lang; locale: string; t: Messages }) {
  return (
    <div className="claim">
      <p className="claim__statement">{claim.statement[lang]}</p>
      <dl>
        <dt>{t.stated}</dt>
        <dd>{formatQuantity(claim.stated.value, claim.stated.unit, locale)}</dd>
        <dt>{t.cited}</dt>
        <dd>
          {formatQuantity(claim.cited.value, claim.cited.unit, locale)}
          <span className="claim__source">
            {' — '}
            {safeHref(claim.cited.source.url) ? (
              <a href={safeHref(claim.cited.source.url)} rel="noreferrer noopener" target="_blank">{claim.cited.source.name}</a>
            ) : (
              claim.cited.source.name
            )}
          </span>
        </dd>
        {claim.measured && (
          <>
            <dt>{t.measured}</dt>
            <dd>
              {formatQuantity(claim.measured.value, claim.measured.unit, locale)}
              <span className="claim__caveat"> ({t.measuredCaveat(claim.measured.resolution)})</span>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

import { safeHref } from '../format/safeHref';
import type { CitedFigure, Claim, Lang } from '../../shared/contract';
import type { Messages } from '../i18n';
import { formatQuantity } from '../format/format';

/**
 * A figure as the article states it (with its hedge, "quelque"), beside the reference figures, each with its
 * source, and, where the map allows, the figure measured on the map data.
 */
export function ClaimView({ claim, lang, locale, t }: { claim: Claim; lang: Lang; locale: string; t: Messages }) {
  const stated = formatQuantity(claim.stated.value, claim.stated.unit, locale);
  const cited = [claim.cited, ...(claim.alsoCited ?? [])];
  return (
    <div className="claim">
      <p className="claim__statement">{claim.statement[lang]}</p>
      <dl>
        <dt>{t.stated}</dt>
        <dd>{claim.stated.approximate ? t.approximately(stated) : stated}</dd>
        <dt>{cited.length > 1 ? t.citedMany : t.cited}</dt>
        {cited.map((figure, index) => (
          <dd key={index}>
            <CitedValue figure={figure} lang={lang} locale={locale} />
          </dd>
        ))}
        {claim.measured && (
          <>
            <dt>{t.measured}</dt>
            <dd>
              {formatQuantity(claim.measured.value, claim.measured.unit, locale)}
              {/* Generalised data shorten lengths; an area ratio is not a length and carries no such warning. */}
              <span className="claim__caveat">
                {' '}({claim.measured.unit === 'km' ? t.measuredCaveat(claim.measured.resolution) : t.measuredOn(claim.measured.resolution)})
              </span>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

function CitedValue({ figure, lang, locale }: { figure: CitedFigure; lang: Lang; locale: string }) {
  const name = typeof figure.source.name === 'string' ? figure.source.name : figure.source.name[lang];
  const href = safeHref(figure.source.url);
  return (
    <>
      {formatQuantity(figure.value, figure.unit, locale)}
      <span className="claim__source">
        {' — '}
        {href ? <a href={href} rel="noreferrer noopener" target="_blank">{name}</a> : name}
      </span>
    </>
  );
}

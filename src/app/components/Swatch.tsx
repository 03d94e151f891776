/**
 * A square of a map colour. Drawn as SVG, whose fill is an attribute: the page's CSP refuses inline styles, and
 * the pre-rendered page would lose a `style` background.
 */
export function Swatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" viewBox="0 0 1 1" aria-hidden="true">
      <rect width="1" height="1" fill={colour} />
    </svg>
  );
}

import type { Selection } from '../state/selection';
import { KeptGroup } from './KeptGroup';
import type { Focus } from '../state/stepFocus';
import { RELATION_WIDTH, relationOpacity } from './paintRules';
import type { SvgDrawing } from './svgDrawing';
import type { Theme } from './theme';

interface Props {
  /** Null while hydration keeps the pre-rendered lines (see KeptGroup). */
  drawing: SvgDrawing | null;
  selection: Selection;
  focus: Focus | null;
  /** The country whose button has keyboard focus. */
  focused: string | null;
  theme: Theme;
}

/** Borders, the selected and focused outlines, disputed lines and relations, in the WebGL style's order. */
export function StaticLines({ drawing, selection, focus, focused, theme }: Props) {
  return (
    <KeptGroup keep={!drawing} aria-hidden="true" fill="none" pointerEvents="none" strokeLinejoin="round">
      {drawing && <Lines drawing={drawing} selection={selection} focus={focus} focused={focused} theme={theme} />}
    </KeptGroup>
  );
}

function Lines({ drawing, selection, focus, focused, theme }: Props & { drawing: SvgDrawing }) {
  const outline = (id: string | null) => (id ? drawing.countries.find((c) => c.id === id)?.d : undefined);
  const selected = outline(selection?.kind === 'country' ? selection.id : null);
  const ringed = outline(focused);
  return (
    <>
      {drawing.borders.map(({ emphasis, d }) => <path key={String(emphasis)} d={d} stroke={emphasis ? theme.borderEmphasis : theme.border} strokeWidth={emphasis ? 3.5 : 0.7} strokeLinecap={emphasis ? 'round' : undefined} />)}
      {selected && <path d={selected} stroke={theme.selection} strokeWidth={3} />}
      {ringed && <path d={ringed} stroke={theme.halo} strokeWidth={6} />}
      {ringed && <path d={ringed} className="static-map__focus" strokeWidth={3} />}
      {drawing.boundaries.filter((b) => b.disputed).map((b) => <path key={b.id} d={b.d} stroke={theme.border} strokeWidth={1} strokeDasharray="2 2" />)}
      {drawing.relations.map((r) => {
        const stroke = theme.relation(r.kind);
        const width = stroke.width * (r.fan ? RELATION_WIDTH.fan : 1);
        const solid = stroke.dash.every((d, i) => i % 2 === 0 || d === 0);
        const opacity = relationOpacity({ dimmed: focus?.relations?.get(r.relation) === false, hover: false, focused: focus?.relations?.get(r.relation) === true, overview: focus === null, context: r.context });
        return <path key={r.id} d={r.d} stroke={stroke.color} strokeWidth={width} strokeDasharray={solid ? undefined : stroke.dash.map((d) => d * width).join(' ')} strokeOpacity={opacity} />;
      })}
    </>
  );
}

import { useState, type ReactNode, type SVGProps } from 'react';
import { isHydrating } from '../prerender/hydrating';

type Props = SVGProps<SVGGElement> & { keep: boolean; children?: ReactNode };

/**
 * An SVG group whose pre-rendered children hydration keeps as the build wrote them: React neither draws them
 * again for the same frame nor compares them, and takes them over at the first redraw. The group's own props
 * (and event handlers delegated to it) hydrate as usual.
 */
export function KeptGroup({ keep, children, ...props }: Props) {
  // The one HTML React is given here is the empty constant below, never text from a story.
  // eslint-disable-next-line no-restricted-syntax
  return keep ? <g {...props} dangerouslySetInnerHTML={KEEP} suppressHydrationWarning /> : <g {...props}>{children}</g>;
}

const KEEP = { __html: '' };

/**
 * Whether this component was first rendered by hydration, in a browser: its pre-rendered drawing is then on
 * screen already. A component mounted later, or rendered by the build, draws its own.
 */
export function useMountedByHydration(): boolean {
  const [mounted] = useState(isHydrating);
  return mounted;
}

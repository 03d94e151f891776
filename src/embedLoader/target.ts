/**
 * Which embed a `data-dispatch-atlas-select` trigger drives: the element its `data-dispatch-atlas-target`
 * selector names, or the first embed when it names none. A selector that is invalid or matches nothing is
 * ignored with a console warning: it must neither throw in the host page nor drive another map.
 */
export function triggerTarget(
  selector: string | null,
  root: Pick<ParentNode, 'querySelector'>,
  warn: (message: string) => void = (message) => console.warn(message),
): Element | 0 | null {
  if (selector === null || selector.trim() === '') return 0;
  let found: Element | null;
  try {
    found = root.querySelector(selector);
  } catch {
    warn(`Dispatch Atlas: data-dispatch-atlas-target="${selector}" is not a valid CSS selector; the click is ignored.`);
    return null;
  }
  if (!found) warn(`Dispatch Atlas: data-dispatch-atlas-target="${selector}" matches no element; the click is ignored.`);
  return found;
}

/** Whether a change to the page added an element that is, or holds, an embed container. */
export function addsContainer(records: readonly MutationRecord[]): boolean {
  return records.some((record) =>
    record.type === 'attributes'
      ? true
      : [...record.addedNodes].some((node) => node.nodeType === 1 && ((node as Element).matches(CONTAINER) || (node as Element).querySelector(CONTAINER) !== null)),
  );
}

export const CONTAINER = '[data-dispatch-atlas]';

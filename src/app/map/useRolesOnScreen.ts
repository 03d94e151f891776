import { useCallback, useState } from 'react';
import type { CountryRole } from '../../contract';

/** The roles on screen, kept as one state that changes only when the set does (the map settles often). */
export function useRolesOnScreen(): [readonly CountryRole[] | null, (roles: CountryRole[]) => void] {
  const [roles, setRoles] = useState<readonly CountryRole[] | null>(null);
  const update = useCallback(
    (next: CountryRole[]) => setRoles((current) => (current && current.join() === next.join() ? current : next)),
    [],
  );
  return [roles, update];
}

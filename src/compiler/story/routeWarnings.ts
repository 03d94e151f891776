import type { Position } from 'geojson';
import type { AnnotationRelation } from '../annotation/schema';
import { fieldName, type Locate } from '../annotation/parseAnnotation';
import type { AuthorError } from '../errors';
import { landTest, routeProblem } from './routeGeography';
import type { World } from './world';

const WHY = { land: 'crosses land', sea: 'crosses the sea' } as const;
const EXPECT = { pipeline: 'a pipeline runs overland: add waypoints along its corridor', shipping: 'a sea route stays at sea: add waypoints through the straits' } as const;

/** A located warning for each drawn route whose path runs over the wrong medium for its kind. */
export function routeWarnings(relations: readonly AnnotationRelation[], anchorOf: (id: string) => Position | undefined, world: World, file: string, locate: Locate): AuthorError[] {
  let isLand: ((point: Position) => boolean) | undefined;
  return relations.flatMap((relation, index): AuthorError[] => {
    if (!relation.path || !(relation.kind in EXPECT)) return [];
    const points = relation.path.flatMap((point) => {
      const at = typeof point === 'string' ? anchorOf(point) : point;
      return at ? [at] : [];
    });
    isLand ??= landTest(world.countries.values());
    const problem = routeProblem(relation, points, isLand);
    if (!problem) return [];
    const path = ['relations', index, 'path', problem.leg] as const;
    const message = `the ${relation.kind} route ${WHY[problem.medium]} for ${problem.km} km after this waypoint; ${EXPECT[relation.kind as keyof typeof EXPECT]}`;
    return [{ file, ...locate([...path]), field: fieldName([...path]), message }];
  });
}

import type { Position } from 'geojson';
import type { Claim, Measured, Step, StoryEvent } from '../../shared/contract';
import type { AnnotationClaim } from '../annotation/schema';
import { areaKm2, mainland } from '../geometry';
import type { BuiltLayers } from './layers';
import type { StoryModel } from './model';
import { boundsOfPoints } from './regionBounds';
import type { ValidatedAnnotation } from './validateAnnotation';
import type { World } from './world';

/** The story's dated events, in time order. */
export function buildEvents({ events }: ValidatedAnnotation): StoryEvent[] {
  return events
    .map((event) => ({
      id: event.id,
      date: event.date,
      place: event.place,
      title: event.title,
      quote: event.quote,
      ...(event.note ? { note: event.note } : {}),
      context: event.context,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function buildClaims({ claims }: ValidatedAnnotation, world: World): Claim[] {
  return claims.map((claim) => ({
    id: claim.id,
    quote: claim.quote,
    subjects: claim.subjects,
    statement: claim.statement,
    stated: claim.stated.approximate ? claim.stated : { value: claim.stated.value, unit: claim.stated.unit },
    cited: claim.cited,
    ...(claim.alsoCited.length ? { alsoCited: claim.alsoCited } : {}),
    ...measuredFor(claim, world),
  }));
}

function measuredFor(claim: Pick<AnnotationClaim, 'measure'>, world: World): { measured?: Measured } {
  const measure = claim.measure;
  if (!measure) return {};
  if (measure.type === 'border-length') {
    const measured = world.borderLengthKm(measure.between[0], measure.between[1]);
    return measured ? { measured } : {};
  }
  const of = world.exactCountry(measure.of)!;
  const to = world.exactCountry(measure.to)!;
  const toShape = measure.mainlandOnly ? mainland(to) : to;
  const a = areaKm2(of);
  const b = areaKm2(toShape);
  return {
    measured: {
      value: Math.round((a.value / b.value) * 100) / 100,
      unit: 'ratio',
      resolution: a.resolution,
      method: `${a.method}: ${Math.round(a.value).toLocaleString('en-US')} km² / ${Math.round(b.value).toLocaleString('en-US')} km²`,
    },
  };
}

/** Steps in the author's order, each with the area it concerns so the app can frame it on any screen. */
export function buildSteps({ annotation }: ValidatedAnnotation, model: StoryModel, layers: BuiltLayers): Step[] {
  const relationsById = new Map(annotation.relations.map((relation) => [relation.id, relation]));
  const eventsById = new Map(annotation.events.map((event) => [event.id, event]));
  return annotation.steps.map((step) => {
    const ids = [
      ...step.countries,
      ...step.places,
      ...step.events.map((id) => eventsById.get(id)!.place),
      ...step.relations.flatMap((id) => {
        const relation = relationsById.get(id)!;
        return [relation.from, ...relation.to];
      }),
    ];
    const points = ids.flatMap((id): Position[] => { const point = layers.anchorOf(id); return point ? [point] : []; });
    return {
      id: step.id,
      title: step.title,
      ...(step.body ? { body: step.body } : {}),
      events: step.events,
      relations: step.relations,
      countries: step.countries,
      places: step.places,
      bounds: points.length > 0 ? boundsOfPoints(points, 4) : model.region,
      ...(step.camera ? { camera: step.camera } : {}),
    };
  });
}

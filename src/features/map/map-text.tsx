import { memo, useMemo } from "react";
import type { IsoDay } from "../../domain/day";
import { compareCountryNames } from "../../domain/countries";
import { standingOn, type Standing } from "../../domain/standing";
import { holdsOn, nameOn, type StatesIndex } from "../../domain/states";
import { formatDay } from "../../lib/i18n";
import { standingFill } from "../../lib/bloc-colours";
import { highlightedBlocId, type BlocData } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useBlocParam } from "../../lib/view-store";
import type { MapShape } from "./map-colouring";
import { ShapeEpochs } from "./shape-epochs";

/**
 * The map as text (DESIGN.md: everything the canvas shows also exists as text): every shape drawn on
 * the date, with the standing and the fill the map gives it, and the areas marked as occupied. The
 * region's name stays "Map as text" in every language: tests rely on it, as on "Members".
 */
export function MapText(props: { shapes: readonly MapShape[]; blocs: BlocData; states: StatesIndex }) {
  // The settled date changes after a drag, not on its every frame: the list re-renders only then.
  return <MapTextList {...props} date={useSettledDate()} bloc={highlightedBlocId(props.blocs, useBlocParam())} />;
}

interface ListProps {
  shapes: readonly MapShape[];
  blocs: BlocData;
  states: StatesIndex;
  date: IsoDay | null;
  bloc: string;
}

const MapTextList = memo(function MapTextList({ shapes, blocs, states, date, bloc }: ListProps) {
  const lang = useLang();
  const t = useMessages();
  const epochs = useMemo(() => new ShapeEpochs(shapes), [shapes]);

  const rows = useMemo(() => {
    if (!date) return [];
    const drawn = epochs.drawnOn(date);
    const shortName = (id: string) => blocs.byId.get(id)?.shortNames[lang] ?? id;
    const describe = (standing: Standing) => {
      if (standing.kind === "member") return `${t.status[standing.status]} · ${shortName(standing.bloc)}`;
      if (standing.kind === "outside-treaty-area") return t.outsideTreatyArea(shortName(standing.bloc));
      if (standing.kind === "other-bloc") return t.inOtherBloc(shortName(standing.bloc));
      return t.inNoBloc;
    };
    return shapes
      .filter((shape) => !shape.occupation && drawn.has(shape.id))
      .map((shape) => {
        const standing = standingOn(blocs, states, shape, bloc, date);
        return {
          shape,
          standing,
          name: nameOn(states, shape.area ?? shape.iso3, lang, date),
          text: describe(standing),
          fill: standingFill(standing, (id) => blocs.byId.get(id)?.colour),
        };
      })
      .sort((a, b) => compareCountryNames(a.name, b.name, lang));
  }, [date, epochs, shapes, blocs, states, bloc, lang, t]);

  const occupations = date ? states.file.occupations.filter((o) => holdsOn(o, date)) : [];
  return (
    <section className="map-text" aria-label="Map as text">
      <details>
        <summary>{t.mapTextSummary(rows.length)}</summary>
        <ul>
          {occupations.map((o) => (
            <li key={o.id} data-map-occupation={o.id}>
              {t.occupiedBy(o.names[lang], nameOn(states, o.occupier, lang, date), formatDay(o.from, lang))}
            </li>
          ))}
          {rows.map(({ shape, standing, name, text, fill }) => (
            <li key={shape.id} data-map-country={shape.iso3} data-map-area={shape.area ?? shape.iso3} data-standing={standing.kind} data-fill={fill}>
              {name} — {text}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
});

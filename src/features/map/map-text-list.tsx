import { memo, useMemo } from "react";
import type { IsoDay } from "../../domain/day";
import { compareCountryNames } from "../../domain/countries";
import { standingOn, type Standing } from "../../domain/standing";
import { holdsOn, nameOn, type StatesIndex } from "../../domain/states";
import { formatDay } from "../../lib/i18n";
import { standingFill } from "../../lib/bloc-colours";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { MAP_TEXT_MESSAGES } from "./map-text-messages";
import type { MapShape } from "./map-colouring";
import { ShapeEpochs } from "./shape-epochs";

interface ListProps {
  shapes: readonly MapShape[];
  blocs: BlocData;
  states: StatesIndex;
  date: IsoDay | null;
  bloc: string;
}

/** The list of the map's text surface (map-text.tsx), loaded when it is first opened. */
export default memo(function MapTextList({ shapes, blocs, states, date, bloc }: ListProps) {
  const lang = useLang();
  const messages = useMessages();
  const t = useMemo(() => ({ ...messages, ...MAP_TEXT_MESSAGES[lang] }), [messages, lang]);
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
  );
});

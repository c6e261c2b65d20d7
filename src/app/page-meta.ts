import type { IsoDay } from "../domain/day";
import { countedMembersOn } from "../domain/membership";
import { compareMembership } from "../domain/membership-compare";
import type { Bloc } from "../domain/schemas/bloc";
import type { BlocData } from "../lib/data/use-bloc-data";
import { formatDay, type Lang } from "../lib/i18n";
import { frenchCatalogue, typeset } from "../domain/french-typography";

const SITE = "Alliance Atlas";

/** The page's words for a view: what a browser tab and a link's preview card say. */
const en = {
  members: (bloc: string, day: string, n: number) => `${bloc} on ${day}: ${n === 1 ? "1 member" : `${n} members`}.`,
  changes: (bloc: string, earlier: string, later: string, joined: number, left: number) =>
    `${bloc} from ${earlier} to ${later}: ${joined} joined, ${left} left.`,
  about: "Alliance blocs on a world map through time, built from news articles.",
};

const fr: typeof en = frenchCatalogue({
  members: (bloc, day, n) => typeset`${bloc} le ${day} : ${n <= 1 ? typeset`${n} membre` : typeset`${n} membres`}.`,
  changes: (bloc, earlier, later, joined, left) =>
    typeset`${bloc} du ${earlier} au ${later} : ${joined} ${joined <= 1 ? "adhésion" : "adhésions"}, ${left} ${left <= 1 ? "départ" : "départs"}.`,
  about: "Les blocs d'alliances sur une carte du monde à travers le temps, d'après des articles de presse.",
});

export const PAGE_WORDS: Record<Lang, typeof en> = { en, fr };

export interface PageMeta {
  title: string;
  description: string;
}

/** The title and description of a view: the bloc and the date, or both dates of a comparison. */
export function pageMeta(data: BlocData | undefined, bloc: Bloc | undefined, date: IsoDay | null, compare: IsoDay | null, lang: Lang): PageMeta {
  const t = PAGE_WORDS[lang];
  if (!data || !bloc || !date) return { title: SITE, description: t.about };
  const name = bloc.shortNames[lang];
  if (compare) {
    const { earlier, later, countries } = compareMembership(bloc, compare, date);
    const [from, to] = [formatDay(earlier, lang), formatDay(later, lang)];
    const count = (group: string) => countries.filter((c) => c.group === group).length;
    return {
      title: `${name} · ${from} → ${to} — ${SITE}`,
      description: `${t.changes(bloc.names[lang], from, to, count("joined"), count("left"))} ${t.about}`,
    };
  }
  const day = formatDay(date, lang);
  return {
    title: `${name} · ${day} — ${SITE}`,
    description: `${t.members(bloc.names[lang], day, countedMembersOn(data.index, bloc.id, date).length)} ${t.about}`,
  };
}

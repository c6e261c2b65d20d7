import type { Language } from "../../src/domain/schemas/ingest";

/**
 * Words for the synthetic corpus, in the register of the seed articles (wire copy about NATO, AUKUS
 * and the Russia–China partnership). Nothing here is a fact the app shows: it only has to read like
 * the seeds so the pipeline does realistic work.
 */
export interface Vocabulary {
  outlets: readonly string[];
  sections: readonly string[];
  speakers: readonly string[];
  countries: readonly string[];
  blocs: readonly string[];
  cities: readonly string[];
  stances: readonly string[];
  quotes: readonly string[];
  furniture: readonly string[];
  weekdays: readonly string[];
  months: readonly string[];
}

export const VOCABULARY: Record<Language, Vocabulary> = {
  fr: {
    outlets: ["BFM (avec AFP)", "Le Monde avec AP", "RFI", "Le Figaro avec AFP", "France 24"],
    sections: ["International", "Politique", "Europe", "Défense"],
    speakers: ["Emmanuel Macron", "Jens Stoltenberg", "Mark Rutte", "Olaf Scholz", "Vladimir Poutine", "Xi Jinping", "Sergueï Lavrov", "Wang Yi"],
    countries: ["la France", "l’Allemagne", "la Russie", "la Chine", "l’Ukraine", "les États-Unis", "le Royaume-Uni", "l’Australie", "la Finlande", "la Suède", "la Pologne", "la Turquie", "le Japon"],
    blocs: ["l’Otan", "l’Alliance atlantique", "l’AUKUS", "le partenariat sino-russe"],
    cities: ["Bruxelles", "Pékin", "Moscou", "Washington", "Vilnius", "Canberra", "Paris", "Berlin"],
    stances: ["s’oppose à l’élargissement de", "soutient", "veut renforcer", "dénonce le rôle de", "n’entend pas quitter"],
    quotes: [
      "Il ne peut pas être question de céder à la pression",
      "nouvelle ère dans les relations internationales",
      "La sécurité des uns ne peut se faire aux dépens de celle des autres",
      "Nous resterons unis face à cette menace",
      "opposés à tout élargissement futur de l’Alliance",
      "Le dialogue reste la seule voie possible",
    ],
    furniture: ["Publicité", "[Partager](#)", "[Lire dans l'app](#)", "Lire aussi : les enjeux du sommet", "AFP."],
    weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  },
  en: {
    outlets: ["Reuters", "AP", "AFP", "The Guardian", "BBC News"],
    sections: ["World", "Politics", "Europe", "Defence"],
    speakers: ["Emmanuel Macron", "Jens Stoltenberg", "Mark Rutte", "Olaf Scholz", "Vladimir Putin", "Xi Jinping", "Sergei Lavrov", "Anthony Albanese"],
    countries: ["France", "Germany", "Russia", "China", "Ukraine", "the United States", "the United Kingdom", "Australia", "Finland", "Sweden", "Poland", "Turkey", "Japan"],
    blocs: ["NATO", "the Atlantic alliance", "AUKUS", "the Russia–China partnership"],
    cities: ["Brussels", "Beijing", "Moscow", "Washington", "Vilnius", "Canberra", "Paris", "Berlin"],
    stances: ["opposes the enlargement of", "supports", "wants to strengthen", "denounces the role of", "has no plan to leave"],
    quotes: [
      "There can be no question of giving in to pressure",
      "a new era in international relations",
      "The security of some cannot come at the expense of others",
      "We will stay united in the face of this threat",
      "opposed to any further enlargement of the alliance",
      "Dialogue remains the only way forward",
    ],
    furniture: ["Advertisement", "[Share](#)", "[Read in the app](#)", "Read more: what is at stake at the summit", "Reuters."],
    weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  },
};

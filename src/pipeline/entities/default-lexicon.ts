import lexiconJson from "../../../data/lexicon.json";
import { parseLexicon, type Lexicon } from "./lexicon";

/** The project's reviewed lexicon, parsed once at import so a bad file fails loudly and early. */
export const defaultLexicon: Lexicon = parseLexicon(lexiconJson, "data/lexicon.json");

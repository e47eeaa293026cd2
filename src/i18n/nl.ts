/**
 * Every UI string of the site, in Dutch. Components take their words from here, so that wording
 * stays consistent and a translation is one file. Content (lessons, dilemmas) lives in content/.
 * The griffier's session tools have theirs in nl-sessie.ts, so the lesson islands never ship them.
 */
import { formatMonth } from './dates.ts';

/** Strings of the quiz islands, exported apart so an island ships only these, not the whole site's text. */
export const quizText = {
  check: 'Controleer',
  retry: 'Probeer opnieuw',
  right: 'Goed.',
  wrong: 'Niet helemaal.',
  chooseFirst: 'Kies eerst een antwoord.',
  allThatApply: 'Kies alle antwoorden die kloppen.',
  explanation: 'Uitleg',
  source: 'Bron',
  score: (right: number, total: number) => `Je hebt ${right} van de ${total} vragen goed.`,
  reflection: 'Jouw antwoord (blijft alleen in deze browser)',
  save: 'Bewaar',
  saved: 'Bewaard in deze browser.',
  think: 'Om over na te denken',
} as const;

/** Strings of the knowledge check that only the server renders (the text version, the heading). */
const quizPageText = {
  heading: 'Test jezelf',
  intro: 'Kijk of je de belangrijkste punten van deze les kent. Je antwoorden blijven in je eigen browser.',
  showAnswer: 'Bekijk het antwoord',
  answer: 'Het goede antwoord',
  answers: 'De goede antwoorden',
  noJs: 'Zonder JavaScript kun je de vragen lezen en het antwoord openklappen.',
} as const;

export const scenarioText = {
  label: 'Dilemma',
  open: 'Bij dit dilemma is er niet één goed antwoord. Je ziet na elke keuze waar je op kunt letten.',
  choose: 'Kies',
  next: 'Verder',
  restart: 'Opnieuw beginnen',
  end: 'Einde',
  yourPath: 'Jouw keuzes',
  recommended: 'Aanbevolen route',
  discuss: 'Om te bespreken',
  verdict: { goed: 'Goede keuze', kan: 'Kan, met aandacht', riskant: 'Riskant' },
  weighing: { goed: 'Sterke kant', kan: 'Afweging', riskant: 'Let op' },
  ending: { goed: 'Goede afloop', gemengd: 'Gemengde afloop', zorgelijk: 'Zorgelijke afloop' },
  step: (n: number) => `Stap ${n}`,
  continueTo: 'Verder naar',
} as const;

/** Strings of the search field, dialog and results page. */
export const searchText = {
  label: 'Zoeken',
  button: 'Zoek',
  title: 'Zoeken in Veilig Raadswerk',
  close: 'Sluiten',
  hint: 'Typ een woord, bijvoorbeeld "aangifte" of "bedreigd online". Met de pijltjestoetsen loop je door de resultaten.',
  pageTitle: 'Zoeken',
  noJs: 'Zoeken werkt met JavaScript, en dat staat nu uit. Je vindt alles ook via de modules en de begrippen.',
  empty: 'Waar wil je naar zoeken? Probeer bijvoorbeeld:',
  none: 'Niets gevonden. Probeer een ander woord, of kijk bij:',
  suggestions: ['aangifte', 'bedreiging', 'doxing', 'melden', 'beveiliging thuis', 'nazorg'],
} as const;

export const nl = {
  siteName: 'Veilig Raadswerk',
  tagline: 'Veilig en weerbaar in de gemeenteraad',
  skipLink: 'Naar de inhoud',
  navLabel: 'Hoofdmenu',
  menuButton: 'Menu',
  footerLabel: 'Over deze site',
  breadcrumbLabel: 'Kruimelpad',
  nav: {
    home: 'Start',
    modules: 'Modules',
    begrippen: 'Begrippen',
    bronnen: 'Bronnen',
    voortgang: 'Mijn voortgang',
    griffier: 'Voor griffiers',
    hulp: 'Hulp nodig?',
  },
  footer: {
    toegankelijkheid: 'Toegankelijkheid',
    privacy: 'Privacy',
    colofon: 'Colofon',
    wijzigingen: 'Wat is er veranderd',
    licence: 'Vrije software onder de EUPL-1.2.',
  },
  voorbeeld: {
    label: 'Voorbeeldgegevens',
    text: 'De contactgegevens op deze site zijn nog voorbeeldgegevens. De gemeente vult ze in via het instellingenbestand.',
  },
  /** The page "Wat is er veranderd" (content/wijzigingen.yaml). */
  changes: {
    title: 'Wat is er veranderd',
    description: 'Wat er per versie veranderde in de feiten, lessen, dilemma’s en vragen van Veilig Raadswerk.',
    intro: 'Hier lees je per versie wat er in de inhoud veranderde. De nieuwste versie staat bovenaan.',
    version: (v: string) => `Versie ${v}`,
    current: 'Dit is de versie op deze site.',
    about: { feiten: 'Feiten', lessen: 'Lessen', dilemmas: 'Dilemma’s', vragen: 'Vragen', griffier: 'Voor griffiers' },
    colofon: 'Wat er per versie in de inhoud veranderde, lees je op',
  },
  contentWarning: {
    title: 'Let op',
    text: 'Deze module gaat over bedreiging en geweld. Dat kan naar zijn als je zoiets zelf hebt meegemaakt. Neem je tijd. Wil je erover praten?',
    link: 'Hier vind je hulp',
  },
  lesson: {
    minutes: (n: number) => `${n} minuten`,
    duration: 'Leestijd',
    goals: 'Wat je leert',
    sources: 'Bronnen bij deze les',
    /** "Meer over deze bron": a link to the sources page; not printed. */
    sourceMore: 'Meer over deze bron',
    /** Under the sources: when the lesson was last checked against them ("november 2026"). */
    reviewed: (d: Date) => `Inhoud gecontroleerd: ${formatMonth(d)}`,
    previous: 'Vorige les',
    next: 'Volgende les',
    backToModule: 'Terug naar de module',
    discuss: 'Bespreek in de raad',
    sourceMark: (n: number) => `bron ${n}`,
    lessonOf: (i: number, n: number) => `Les ${i} van ${n}`,
  },
  module: {
    lessons: 'Lessen',
    goals: 'Na deze module',
    count: (n: number) => (n === 1 ? '1 les' : `${n} lessen`),
    totalMinutes: (n: number) => `ongeveer ${n} minuten`,
    start: 'Begin met de eerste les',
    noLessons: 'Voor deze module zijn nog geen lessen geschreven.',
  },
  /** Shown on every page when progress cannot be saved, or a saved value could not be read. */
  storage: {
    memory: 'Je browser laat deze site niets bewaren (bijvoorbeeld in privé-modus). Je voortgang blijft alleen tot je dit venster sluit.',
    broken: 'Een deel van je opgeslagen voortgang was onleesbaar ({n}). De rest is bewaard gebleven.',
    one: '1 onderdeel',
    many: 'onderdelen',
  },
  help: {
    danger: 'Ben je nu in gevaar?',
    call: 'Bel dan meteen',
    /** The emergency number in the Netherlands: the same in every municipality. */
    emergency: '112',
  },
  contact: {
    phone: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
  },
  sources: {
    checked: 'Gecontroleerd op',
    noUrl: 'Niet online beschikbaar; zie de verwijzing.',
    citedIn: 'Gebruikt in',
  },
  glossary: {
    seeAlso: 'Ook wel',
    source: 'Bron',
    sources: 'Bronnen',
  },
  griffier: {
    lead: 'Zo leid je als griffier een raadssessie over Veilige Publieke Taak: met een klaar plan of een eigen plan, een projectiescherm, een regiescherm en een printset.',
    contents: 'Op deze pagina',
    plans: 'Klare plannen',
    plansIntro: 'Kies een plan van 45, 60 of 90 minuten. Je kunt elk plan aanpassen in de sessiebouwer.',
    minutes: (n: number) => `${n} minuten`,
    parts: (n: number) => `${n} onderdelen`,
    tools: 'Hulpmiddelen',
    builder: 'Sessiebouwer',
    builderText: 'stel een plan samen uit modules, dilemma\'s en gespreksvragen, en deel het als link.',
    control: 'Regiescherm',
    controlText: 'jouw scherm tijdens de sessie, met notities, tijd, handopsteken en afspraken.',
    projector: 'Projectiescherm',
    projectorText: 'wat de raad ziet: groot, één stap tegelijk, zonder jouw notities.',
    planSources: 'Bronnen bij dit plan',
    guideSources: 'Bronnen bij deze handleiding',
    agreementsText: 'wat de raad afspreekt: printen of downloaden.',
    printset: 'Printset',
    printsetText: 'agenda, dilemmakaarten (A5), hand-out voor raadsleden en antwoordsleutel.',
    agenda: 'Agenda',
    edit: 'Pas aan in de sessiebouwer',
    openPrintset: 'Open de printset',
    notesHeading: 'Wat jij doet',
    projected: 'Op het scherm',
  },
  printKit: {
    intro: 'Print deze pagina. Je krijgt de agenda, een kaart per dilemma (A5), een hand-out voor raadsleden en de antwoordsleutel voor jezelf, elk op eigen pagina\'s.',
    print: 'Print de printset',
    noPlan: 'Open de printset vanuit de sessiebouwer of een klaar plan om hier de agenda te zien. Zonder plan bevat de printset alle dilemma\'s.',
    cards: 'Dilemmakaarten',
    handout: 'Hand-out voor raadsleden',
    handoutIntro: (naam: string) => `Wat je moet weten over agressie en bedreiging, en bij wie je in ${naam} terecht kunt.`,
    facts: 'Belangrijk om te weten',
    contacts: 'Hier kun je terecht',
    sources: 'Waar deze cijfers en feiten vandaan komen',
    keySources: 'Bronnen',
    key: 'Antwoordsleutel voor de griffier',
    keyIntro: 'Alleen voor jou: niet uitdelen. Per dilemma je notities en wat elke optie doet.',
  },
  /** The island's strings are quizText; these only the server renders. */
  quiz: quizPageText,
  scenario: scenarioText,
} as const;

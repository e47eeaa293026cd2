/**
 * Every UI string of the site, in Dutch. Components take their words from here, so that wording
 * stays consistent and a translation is one file. Content (lessons, dilemmas) lives in content/.
 */

/** Strings of the quiz islands, exported apart so an island ships only these, not the whole site's text. */
export const quizText = {
  heading: 'Test jezelf',
  intro: 'Kijk of je de belangrijkste punten van deze les kent. Je antwoorden blijven in je eigen browser.',
  check: 'Controleer',
  retry: 'Probeer opnieuw',
  right: 'Goed.',
  wrong: 'Niet helemaal.',
  chooseFirst: 'Kies eerst een antwoord.',
  allThatApply: 'Kies alle antwoorden die kloppen.',
  showAnswer: 'Bekijk het antwoord',
  answer: 'Het goede antwoord',
  explanation: 'Uitleg',
  source: 'Bron',
  score: (right: number, total: number) => `Je hebt ${right} van de ${total} vragen goed.`,
  reflection: 'Jouw antwoord (blijft alleen in deze browser)',
  save: 'Bewaar',
  saved: 'Bewaard in deze browser.',
  think: 'Om over na te denken',
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
  footerLabel: 'Over deze site',
  breadcrumbLabel: 'Kruimelpad',
  nav: {
    home: 'Start',
    modules: 'Modules',
    begrippen: 'Begrippen',
    bronnen: 'Bronnen',
    voortgang: 'Mijn voortgang',
    hulp: 'Hulp nodig?',
  },
  footer: {
    toegankelijkheid: 'Toegankelijkheid',
    privacy: 'Privacy',
    colofon: 'Colofon',
    licence: 'Vrije software onder de EUPL-1.2.',
  },
  voorbeeld: {
    label: 'Voorbeeldgegevens',
    text: 'De contactgegevens op deze site zijn nog voorbeeldgegevens. De gemeente vult ze in via het instellingenbestand.',
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
  },
  quiz: quizText,
  scenario: scenarioText,
} as const;

/** Formats a date as "28 november 2026". */
export const formatDate = (d: Date) =>
  d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

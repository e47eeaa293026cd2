/**
 * Every UI string of the site, in Dutch (B1), in one typed dictionary. Content (lessons, dilemmas,
 * the municipality's contacts) lives in content/; this is the words around it.
 *
 * - Values are plain strings, so they can travel to an island as a prop or to a custom element
 *   as a `data-strings` attribute. A value with `{name}` takes values through format();
 *   `{ one, other }` is a plural, chosen by plural() (both in ./format.ts).
 * - A key is a dotted path: `nl.quiz.check` on the server, 'quiz.check' in pick(['quiz.check'])
 *   (./pick.ts) for an island, which gets only the keys it names. Islands never import this file:
 *   their bundles would carry the whole site's text.
 * - A second language is one file of the type Dictionary (below), with the same keys.
 * - tests/unit/i18n.test.ts fails on a key no code uses, and on Dutch text typed in src/ elsewhere.
 */

/** The verdict of a choice in a graded dilemma; also in the printset and on the projector. */
const verdict = { goed: 'Goede keuze', kan: 'Kan, met aandacht', riskant: 'Riskant' } as const;
/** The same choices in an open dilemma, where no answer is the right one. */
const weighing = { goed: 'Sterke kant', kan: 'Afweging', riskant: 'Let op' } as const;

/** The griffier's session tools: builder, projector, control view, agreements, printset. */
const session = {
  kinds: {
    opening: 'Opening',
    module: 'Module',
    dilemma: 'Dilemma',
    gesprek: 'Gesprek',
    pauze: 'Pauze',
    afsluiting: 'Afsluiting',
  },
  /** The label above a text step on the projector (src/lib/slides.ts, kind tekst). */
  labels: { opening: 'Welkom', pauze: 'Pauze', afsluiting: 'Afsluiting' },
  minutes: '{n} min',
  total: 'Totaal: {n} minuten',
  step: 'Stap {n} van {of}',
  decision: 'Dilemma · keuze {n} van {of}',
  discuss: 'Bespreek',
  optionsNext: 'De keuzes staan op het volgende scherm.',
  moduleGoals: 'Hierover gaat het',
  prev: 'Vorige',
  next: 'Volgende',
  fullscreen: 'Volledig scherm',
  panel: 'Regiepaneel',
  openControl: 'Open regiescherm in een tweede venster',
  openProjector: 'Open projectiescherm in een tweede venster',
  keys: 'Toetsen: pijl rechts, spatie of PageDown voor verder; pijl links of PageUp voor terug; F voor volledig scherm.',
  nowShowing: 'Nu op het scherm',
  upNext: 'Hierna',
  lastStep: 'Dit is de laatste stap.',
  notes: 'Notities voor jou',
  planNotes: 'Bij dit onderdeel',
  noNotes: 'Geen notities bij deze stap.',
  answerKey: 'Wat de opties doen',
  verdict,
  weighing,
  timer: 'Tijd voor dit onderdeel',
  /** {t} is the time left (m:ss); the plural goes by {of}, the part's minutes. */
  timeLeft: { one: 'Nog {t} van {of} minuut', other: 'Nog {t} van {of} minuten' },
  overTime: '{t} over tijd',
  start: 'Start tijd',
  pause: 'Pauzeer tijd',
  resetTimer: 'Tijd opnieuw',
  tally: 'Handopsteken',
  tallyHelp:
    'Tel de handen per optie en typ het aantal. De uitslag blijft verborgen tot je op Onthul drukt. Er worden geen namen bewaard.',
  reveal: 'Onthul uitslag',
  hide: 'Verberg uitslag',
  result: 'Uitslag handopsteken',
  hands: { one: '{n} hand ({pct}%)', other: '{n} handen ({pct}%)' },
  totalHands: { one: '{n} stem in totaal', other: '{n} stemmen in totaal' },
  hidden: 'De uitslag is nog verborgen.',
  agreements: 'Afspraken',
  agreementsIntro:
    'Leg vast wat de raad afspreekt: wat, wie en wanneer. De lijst blijft in deze browser tot je hem wist.',
  action: 'Actie',
  who: 'Wie',
  when: 'Wanneer',
  add: 'Voeg afspraak toe',
  remove: 'Verwijder afspraak: {action}',
  none: 'Nog geen afspraken.',
  download: 'Download als Markdown',
  printOrDownload: 'Print de afspraken of download ze als Markdown',
  print: 'Print de afspraken',
  clear: 'Wis alle afspraken',
  clearConfirm:
    'Weet je het zeker? Alle afspraken in deze browser worden gewist. Download ze eerst als je ze wilt bewaren.',
  cancel: 'Annuleer',
  mdHeading: 'Afspraken Veilige Publieke Taak',
  /** Under the heading of the Markdown download; {date} is "28 november 2026". */
  mdRecorded: 'Vastgelegd op {date}.',
  noPlan: 'Er is nog geen plan geopend. Kies een klaar plan of maak er een in de sessiebouwer.',
  waiting: 'Dit scherm wacht op het regiescherm. Open het vanuit het regiescherm, of kies een plan.',
  badLink: 'Dit plan kan niet worden geopend',
  /**
   * Why a plan from a link (or from storage) is refused: src/lib/session-plan.ts returns the code
   * and its values ({n} the part's number, {key} a field, {max} a limit, {ref} the id, {kind} the part's kind).
   */
  refused: {
    incomplete: 'De link is niet compleet. Vraag om de hele link, of kopieer hem opnieuw.',
    unknownFormat: 'De link bevat geen plan dat deze module kent.',
    newer:
      'Deze link is gemaakt met een nieuwere versie van Veilig Raadswerk. Vraag de maker om de printset, of werk deze site bij.',
    changed: 'De link is veranderd of niet helemaal gekopieerd. Vraag om de hele link, of kopieer hem opnieuw.',
    damaged: 'De link is beschadigd: het plan is niet te lezen.',
    invalid: 'Het plan in de link klopt niet.',
    notPlan: 'Het plan is geen geldig plan.',
    unknownField: 'Het plan heeft een onbekend veld "{key}".',
    noTitle: 'Het plan heeft geen titel (of een titel langer dan {max} tekens).',
    noParts: 'Het plan heeft geen onderdelen.',
    tooMany: 'Het plan heeft meer dan {max} onderdelen.',
    partInvalid: 'Onderdeel {n} is geen geldig onderdeel.',
    partUnknownField: 'Onderdeel {n} heeft een onbekend veld "{key}".',
    partUnknownKind: 'Onderdeel {n} heeft een onbekende soort.',
    partNoTitle: 'Onderdeel {n} heeft geen titel.',
    partMinutes: 'Onderdeel {n} duurt geen hele 1 tot {max} minuten.',
    partBadQuestion: 'Onderdeel {n} heeft een lege of te lange vraag.',
    partBadText: 'Onderdeel {n} heeft een lege of te lange tekst.',
    partBadNotes: 'Onderdeel {n} heeft een lege of te lange notitie.',
    partNoModule: 'Onderdeel {n} mist de module.',
    partNoScenario: 'Onderdeel {n} mist de casus.',
    partRef: 'Onderdeel {n} verwijst naar iets, maar is een {kind}.',
    partUnknownModule: 'Onderdeel {n} verwijst naar module "{ref}", die bestaat niet (meer).',
    partUnknownScenario: 'Onderdeel {n} verwijst naar casus "{ref}", die bestaat niet (meer).',
    partNoQuestion: 'Onderdeel {n} is een gesprek zonder vraag.',
  },
  keptYours: 'Je eigen opgeslagen plan is niet veranderd.',
  toBuilder: 'Naar de sessiebouwer',
  toPlans: 'Naar de klare plannen',
  noJs: 'Dit scherm werkt met JavaScript, en dat staat nu uit. Gebruik de printset: die werkt ook zonder.',
  announce: 'Stap {n} van {of}: {title}',
  resumed:
    'Deze sessie liep al: je gaat verder bij stap {n}, met de handopsteken en de tijd van toen. Is dit een nieuwe groep? Begin dan opnieuw.',
  restart: 'Begin opnieuw bij stap 1',
  carryOn: 'Ga verder',
  agenda: { time: 'Tijd', part: 'Onderdeel', kind: 'Soort', length: 'Duur', total: 'Totaal' },
  printKit: 'Printset',
  planNotesHeading: 'Jouw notities bij het plan',
  builder: {
    title: 'Titel van de sessie',
    defaultTitle: 'Sessie Veilige Publieke Taak',
    startFrom: 'Begin met een klaar plan',
    pickPlan: 'Kies een plan',
    load: 'Laad dit plan',
    replaceWarn: 'Dit vervangt het plan hieronder.',
    emptyPlan: 'Begin met een leeg plan',
    add: 'Onderdeel toevoegen',
    kind: 'Soort onderdeel',
    module: 'Module',
    dilemma: 'Dilemma',
    question: 'Gespreksvraag',
    ownQuestion: 'Of schrijf een eigen vraag',
    partTitle: 'Titel',
    minutesLabel: 'Minuten',
    notesLabel: 'Jouw notities (alleen op het regiescherm)',
    textLabel: 'Tekst op het scherm',
    /** What the projector shows for a new opening, break or closing; the griffier can change it. */
    defaultText: {
      opening:
        'Welkom. Vandaag praten we over agressie en bedreiging tegen raadsleden. Wat hier gezegd wordt, blijft hier. Niemand hoeft iets te delen. Spreek voor jezelf.',
      pauze: 'Even pauze. We gaan zo verder.',
      afsluiting:
        'Dank je wel. Wat hier gezegd is, blijft hier. Hulp nodig? Kijk op de pagina "Hulp nodig?" of praat met de griffie.',
    },
    addButton: 'Voeg toe',
    parts: 'Het plan',
    noParts: 'Het plan heeft nog geen onderdelen. Voeg er hieronder een toe, of begin met een klaar plan.',
    up: '{title} omhoog',
    down: '{title} omlaag',
    remove: 'Verwijder {title}',
    saved: 'Het plan staat in deze browser. Niemand anders ziet het, tot je de link deelt.',
    loaded: 'Het plan uit de link is geladen en bewaard in deze browser.',
    undo: 'Zet je vorige plan terug ({title})',
    restored: 'Je vorige plan staat weer hier.',
    share: 'Deel dit plan',
    shareHelp: 'De link bevat het hele plan, ook je notities. Stuur hem naar wie het plan mag zien.',
    link: 'Link naar dit plan',
    copy: 'Kopieer link',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
    go: 'Aan de slag',
    startSession: 'Start de sessie (regiescherm)',
    present: 'Presenteer op één scherm',
    printKit: 'Printset voor dit plan',
    pickQuestion: 'Kies een vraag',
    pickOwn: 'Eigen vraag (vul hieronder in)',
    needQuestion: 'Kies een vraag of schrijf er een.',
    full: 'Het plan heeft al 40 onderdelen, het meeste dat in een link past. Haal er eerst een weg.',
  },
} as const;

export const nl = {
  siteName: 'Veilig Raadswerk',
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
  /** The notice when a new version of the site waits in the browser (src/components/Offline.astro). */
  offline: {
    update: 'Er is een nieuwe versie. Vernieuw de pagina.',
    reload: 'Vernieuwen',
  },
  voorbeeld: {
    label: 'Voorbeeldgegevens',
    text: 'De contactgegevens op deze site zijn nog voorbeeldgegevens. De gemeente vult ze in via het instellingenbestand.',
  },
  /** The home page. {municipality} is the municipality's name. */
  home: {
    description:
      'Leer hoe je als raadslid omgaat met agressie, bedreiging en intimidatie, en wat je samen als raad kunt doen.',
    lead: 'Raadsleden krijgen steeds vaker te maken met agressie, bedreiging en intimidatie. Op straat, aan de deur en online. In deze module leer je wat je kunt doen. Voor jezelf, en samen als raad van {municipality}.',
    resume: 'Verder waar je was',
    seeProgress: 'Bekijk je voortgang',
    howTo: 'Zo gebruik je deze module',
    alone: 'Alleen, in je eigen tempo',
    aloneText: 'Elke les duurt ongeveer tien minuten. Je kunt op je telefoon of laptop leren, wanneer het jou uitkomt.',
    together: 'Samen, met de griffier',
    togetherText:
      'De griffier kan een bijeenkomst met de raad leiden. Elke les eindigt met vragen om samen te bespreken.',
    togetherLink: 'Voor griffiers: een sessie leiden',
    happened: 'Is er iets gebeurd?',
    happenedText:
      'Je staat er niet alleen voor. Op de hulppagina staat wie je kunt bellen of mailen, bij direct gevaar en daarna.',
    modules: 'De modules',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    heading: 'Deze pagina bestaat niet',
    text: 'Misschien is de pagina verhuisd, of klopt het adres niet helemaal.',
    home: 'Naar de startpagina',
    modules: 'Alle modules',
  },
  /** The page "Wat is er veranderd" (content/wijzigingen.yaml). */
  changes: {
    title: 'Wat is er veranderd',
    description: 'Wat er per versie veranderde in de feiten, lessen, dilemma’s en vragen van Veilig Raadswerk.',
    intro: 'Hier lees je per versie wat er in de inhoud veranderde. De nieuwste versie staat bovenaan.',
    version: 'Versie {v}',
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
    minutes: '{n} minuten',
    duration: 'Leestijd',
    goals: 'Wat je leert',
    sources: 'Bronnen bij deze les',
    /** "Meer over deze bron": a link to the sources page; not printed. */
    sourceMore: 'Meer over deze bron',
    /** A citation mark [n] as a screen reader reads it. */
    citation: '[{n}] bron: {title}',
    /** Under the sources: when the lesson was last checked against them; {month} is "november 2026". */
    reviewed: 'Inhoud gecontroleerd: {month}',
    previous: 'Vorige les',
    next: 'Volgende les',
    pager: 'Lessen',
    backToModule: 'Terug naar de module',
    discuss: 'Bespreek in de raad',
    lessonOf: 'Les {i} van {n}',
  },
  module: {
    label: 'Module {n}',
    lessons: 'Lessen',
    goals: 'Na deze module',
    count: { one: '{n} les', other: '{n} lessen' },
    totalMinutes: 'ongeveer {n} minuten',
    start: 'Begin met de eerste les',
    noLessons: 'Voor deze module zijn nog geen lessen geschreven.',
    intro: 'De module bestaat uit delen die op elkaar voortbouwen. Je kunt ook een deel kiezen dat je nu nodig hebt.',
    description: 'Alle modules van Veilig Raadswerk op een rij.',
  },
  /** The reader's progress: the lesson's button, counts and badges (src/islands/progress-elements.ts). */
  progress: {
    markDone: 'Markeer deze les als klaar',
    done: 'Les klaar ✓',
    nowDone: 'Deze les staat nu op klaar.',
    nowNotDone: 'Deze les staat weer op niet klaar.',
    /** "2 van 4 lessen klaar"; the plural goes by {n}, the number of lessons. */
    count: { one: '{done} van {n} les klaar', other: '{done} van {n} lessen klaar' },
    badge: 'klaar',
  },
  /** The page Mijn voortgang (src/pages/voortgang.astro, src/islands/my-progress.ts). */
  myProgress: {
    description: 'Je voortgang in deze module: alleen in je eigen browser.',
    intro:
      'Je voortgang staat alleen in deze browser, op dit apparaat. Niemand anders kan hem zien. Wil je verder op een ander apparaat? Download dan je voortgang en laad hem daar in.',
    noJs: 'Zonder JavaScript houdt deze site geen voortgang bij.',
    proof: 'Alle modules gedaan? Print dan je {link}.',
    proofLink: 'bewijs van deelname',
    keep: 'Bewaren en meenemen',
    export: 'Download je voortgang',
    import: 'Voortgang inladen',
    file: 'Voortgangsbestand (.json)',
    merge: 'Samenvoegen met wat hier al staat',
    replace: 'Vervangen: alleen wat in het bestand staat',
    load: 'Inladen',
    restart: 'Opnieuw beginnen',
    restartText: 'Wis al je voortgang in deze browser. Dat kun je niet ongedaan maken, tenzij je hem eerst downloadt.',
    wipe: 'Wis mijn voortgang',
    sure: 'Weet je het zeker?',
    sureText: 'Al je voortgang in deze browser wordt gewist.',
    yes: 'Ja, wis alles',
    no: 'Nee, bewaar',
    downloaded: 'Je voortgang is gedownload.',
    noFile: 'Kies eerst een bestand. Daarna klik je op Inladen.',
    unchanged: 'Je voortgang is niet veranderd.',
    merged: 'Je voortgang is samengevoegd.',
    replaced: 'Je voortgang is vervangen.',
    migrated: 'Het bestand kwam van versie {v} en is omgezet.',
    unknown: '{n} onderdelen bestaan hier (nog) niet; ze zijn bewaard maar worden niet getoond: {ids}.',
    wiped: 'Je voortgang is gewist.',
    /** Why a progress file is refused: src/lib/progress-file.ts returns the code, src/islands/progress-words.ts the words. */
    refused: {
      tooBig: 'Dit bestand is te groot ({size}). Een voortgangsbestand is kleiner dan {max}.',
      empty: 'Dit bestand is leeg.',
      notJson: 'Dit bestand is geen voortgangsbestand: het is geen geldige JSON.',
      forbiddenKey: 'Dit bestand is geweigerd: het bevat de sleutel "{key}", die een voortgangsbestand nooit heeft.',
      notOurs: 'Dit is geen voortgangsbestand van Veilig Raadswerk.',
      badVersion: 'Dit voortgangsbestand heeft geen geldig versienummer.',
      newer:
        'Dit bestand is gemaakt met een nieuwere versie van deze module (versie {v}). Deze site kent versie {current}. Vraag de beheerder om de site bij te werken.',
      noMigration: 'Dit bestand van versie {v} kan deze site niet omzetten.',
      badItem: 'Dit bestand is geweigerd: "{key}" {problem}.',
    },
    /** What is wrong with one item of a refused file; fills {problem} of refused.badItem. */
    item: {
      number: 'moet een getal zijn',
      shortText: 'moet een korte tekst zijn',
      place: 'moet een les, module en datum hebben',
      id: 'heeft geen geldig id',
      object: 'moet een object zijn',
      lessonDates: 'moet de datums geopend (en klaar) hebben',
      answer: 'moet antwoord, goed, pogingen en op hebben',
      path: 'moet een pad van stappen en keuzes hebben',
      reflection: 'moet een tekst en een datum hebben',
      kind: 'is geen soort voortgang die deze site kent',
    },
  },
  /** The page Privacy (src/pages/privacy.astro). {municipality} is the municipality's name. */
  privacy: {
    title: 'Privacy',
    description: 'Wat deze site over jou bewaart: alleen in je eigen browser, nergens anders.',
    intro:
      'Deze site volgt je niet. Er zijn geen cookies, geen statistieken en geen advertenties. De site haalt niets op bij andere websites.',
    keptTitle: 'Wat we bewaren',
    kept: 'Sommige onderdelen onthouden dingen voor jou. Bijvoorbeeld welke lessen je al hebt gedaan. Dat staat alleen in je eigen browser, in de lokale opslag (localStorage). {municipality} en de makers van deze site kunnen dat niet zien.',
    what: "Het gaat om: welke lessen je hebt geopend en afgerond, je antwoorden op de vragen, je keuzes in de dilemma's, wat je bij een reflectievraag schreef en de laatste les die je las.",
    takeTitle: 'Zo neem je het mee of wis je het',
    /** {link} is a link to Mijn voortgang. */
    take: 'Op {link} download je je voortgang als bestand, laad je hem op een ander apparaat in, of wis je alles. Je kunt ook de gegevens van deze site wissen in de instellingen van je browser ("sitegegevens wissen").',
    questionsTitle: 'Vragen',
    questions: 'Heb je een vraag over privacy? Stel die aan de griffie.',
    /** {email} is a mail link to the griffie. */
    questionsMail: 'Heb je een vraag over privacy? Stel die aan de griffie via {email}.',
  },
  /** The page Colofon (src/pages/colofon.astro). */
  colophon: {
    title: 'Colofon',
    description: 'Over Veilig Raadswerk: waarom het er is, wie het maakt en onder welke licentie.',
    whyTitle: 'Waarom deze module er is',
    /** {source} is the link to the letter on the sources page, {sourceLink} its words. */
    why: "In 2014 beloofde de regering een (digitaal) programma waarmee griffiers het onderwerp Veilige Publieke Taak met raadsleden kunnen bespreken. Het doel: meer bewustzijn, en raadsleden weten wat ze kunnen doen als ze met agressie te maken krijgen. {source}. Veilig Raadswerk is zo'n programma.",
    sourceLink: 'Lees de bron',
    whoTitle: 'Wie het maakt',
    who: 'Veilig Raadswerk is open source. Iedere gemeente mag het gebruiken, aanpassen en delen. Deze versie wordt aangeboden door {municipality}.',
    licenceTitle: 'Licentie',
    licence:
      'De code en de teksten vallen onder de European Union Public Licence (EUPL), versie 1.2. De huisstijl gebruikt NL Design System en het voorbeeldthema, ook onder de EUPL-1.2. Het lettertype Noto Sans valt onder de SIL Open Font License.',
    noCertificateTitle: 'Geen certificaat',
    noCertificate: 'Deze module is geen erkende opleiding. Er zijn geen studiepunten of accreditatie aan verbonden.',
  },
  /**
   * The accessibility statement (src/pages/toegankelijkheid.astro), after the Dutch model statement
   * of digitoegankelijk.nl. {municipality} is the municipality's name.
   */
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    description: 'Hoe toegankelijk deze site is en waar je een probleem meldt.',
    intro:
      '{municipality} wil dat iedereen de e-learning Veilig Raadswerk kan gebruiken. Ook als je slecht ziet, alleen een toetsenbord gebruikt of een schermlezer hebt.',
    scopeTitle: 'Voor welke site',
    scope: "Deze verklaring geldt voor de e-learning Veilig Raadswerk van {municipality}: alle pagina's van deze site.",
    rulesTitle: 'Welke eisen gelden',
    rules:
      'Overheidssites moeten voldoen aan het Besluit digitale toegankelijkheid overheid. Dat besluit verwijst naar de Europese norm EN 301 549 en naar de richtlijnen WCAG 2.1 op niveau AA. Deze site is gebouwd om aan WCAG 2.2 op niveau AA te voldoen.',
    statusTitle: 'Status',
    /** The status letter of the settings file (toegankelijkheid.status), as the model statement words it. */
    statusLabel: 'Status {status}:',
    status: {
      A: 'voldoet volledig aan de eisen',
      B: 'voldoet gedeeltelijk aan de eisen',
      C: 'heeft eerste maatregelen genomen om aan de eisen te voldoen',
      D: 'heeft nog geen maatregelen genomen',
      E: 'valt niet onder de eisen',
    },
    /** {municipality} {status}: "Gemeente X voldoet volledig aan de eisen"; {date} is "1 december 2026". */
    statusText: '{municipality} {status}. Deze verklaring is opgesteld of voor het laatst bekeken op {date}.',
    checkedTitle: 'Hoe dit is onderzocht',
    checked: [
      "Bij elke wijziging controleert een automatische test (axe) alle pagina's op de WCAG-regels van niveau A en AA.",
      'Automatische tests lopen de belangrijkste routes door met alleen het toetsenbord.',
      "Alle pagina's zijn te lezen zonder JavaScript en werken op een smal scherm van 320 pixels.",
    ],
    noAudit: 'Automatische tests vinden niet alles. Een onderzoek door een deskundige is nog niet gedaan.',
    problemTitle: 'Iets werkt niet?',
    problem: 'Kun je iets niet lezen of gebruiken? Laat het ons weten. Je krijgt binnen vijf werkdagen een reactie.',
    /** {email} is a mail link to the griffie. */
    mail: 'Mail naar {email}.',
    phone: 'Of bel {phone}.',
    complaint:
      'Ben je niet tevreden met de reactie? Dan kun je een klacht indienen bij {municipality}. Daarna kun je terecht bij de Nationale ombudsman.',
  },
  /** The page Bewijs van deelname (src/pages/bewijs.astro). */
  proof: {
    title: 'Bewijs van deelname',
    description: 'Print een bewijs van deelname als je alle modules hebt gedaan.',
    noJs: 'Heb je alle modules gedaan? Dan kun je hier een bewijs van deelname printen. Daarvoor is JavaScript nodig: je voortgang staat alleen in je browser.',
    missing: 'Je hebt nog niet alle modules gedaan. Nog te doen:',
    name: 'Je naam, zoals die op het bewijs moet staan',
    nameKept: 'Je naam blijft alleen in deze browser.',
    print: 'Print het bewijs',
    followed: '{name} heeft de e-learning Veilig Raadswerk van {municipality} gevolgd.',
    date: 'Datum: {date}',
    modules: 'Afgeronde modules:',
    disclaimer:
      'Dit bewijs laat zien dat de modules in deze browser als klaar zijn gemarkeerd. Het is geen erkende opleiding en geeft geen studiepunten of accreditatie.',
  },
  /** Shown on every page when progress cannot be saved, or a saved value could not be read. */
  storage: {
    memory:
      'Je browser laat deze site niets bewaren (bijvoorbeeld in privé-modus). Je voortgang blijft alleen tot je dit venster sluit.',
    broken: 'Een deel van je opgeslagen voortgang was onleesbaar ({n}). De rest is bewaard gebleven.',
    items: { one: '1 onderdeel', other: '{n} onderdelen' },
  },
  help: {
    description: 'Wie je kunt bellen of mailen na agressie of bedreiging, in {municipality} en landelijk.',
    intro:
      'Heb je iets meegemaakt? Dan sta je er niet alleen voor. Wat je voelt, is normaal. Praat erover met iemand die je vertrouwt. Hieronder staat wie je kunt bereiken.',
    danger: 'Ben je nu in gevaar?',
    call: 'Bel dan meteen',
    /** The emergency number in the Netherlands: the same in every municipality. */
    emergency: '112',
    protocol: 'Lees het hele protocol',
  },
  contact: {
    phone: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
  },
  sources: {
    description: 'De bronnen achter alle cijfers en wetsartikelen in deze module.',
    intro:
      'Elk cijfer en elk wetsartikel in de lessen heeft een bron. Het nummer tussen haken in een les, zoals [3], verwijst naar deze lijst. Bij elke bron staat wanneer we de feiten voor het laatst hebben gecontroleerd.',
    checked: 'Gecontroleerd op',
    noUrl: 'Niet online beschikbaar; zie de verwijzing.',
    citedIn: 'Gebruikt in',
  },
  glossary: {
    description: 'Uitleg van de woorden die in deze module vaak terugkomen.',
    intro: 'Hier lees je wat de woorden betekenen die in de lessen vaak terugkomen.',
    seeAlso: 'Ook wel',
    source: 'Bron',
    sources: 'Bronnen',
  },
  griffier: {
    lead: 'Zo leid je als griffier een raadssessie over Veilige Publieke Taak: met een klaar plan of een eigen plan, een projectiescherm, een regiescherm en een printset.',
    contents: 'Op deze pagina',
    plans: 'Klare plannen',
    plansIntro: 'Kies een plan van 45, 60 of 90 minuten. Je kunt elk plan aanpassen in de sessiebouwer.',
    minutes: '{n} minuten',
    parts: '{n} onderdelen',
    tools: 'Hulpmiddelen',
    builder: 'Sessiebouwer',
    builderLead: "Stel een sessie samen uit modules, dilemma's en gespreksvragen. Je ziet meteen hoe lang hij duurt.",
    builderText: "stel een plan samen uit modules, dilemma's en gespreksvragen, en deel het als link.",
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
    intro:
      "Print deze pagina. Je krijgt de agenda, een kaart per dilemma (A5), een hand-out voor raadsleden en de antwoordsleutel voor jezelf, elk op eigen pagina's.",
    noPlan:
      "Open de printset vanuit de sessiebouwer of een klaar plan om hier de agenda te zien. Zonder plan bevat de printset alle dilemma's.",
    cards: 'Dilemmakaarten',
    handout: 'Hand-out voor raadsleden',
    handoutIntro: 'Wat je moet weten over agressie en bedreiging, en bij wie je in {name} terecht kunt.',
    facts: 'Belangrijk om te weten',
    contacts: 'Hier kun je terecht',
    sources: 'Waar deze cijfers en feiten vandaan komen',
    keySources: 'Bronnen',
    key: 'Antwoordsleutel voor de griffier',
    keyIntro: 'Alleen voor jou: niet uitdelen. Per dilemma je notities en wat elke optie doet.',
  },
  quiz: {
    heading: 'Test jezelf',
    intro: 'Kijk of je de belangrijkste punten van deze les kent. Je antwoorden blijven in je eigen browser.',
    showAnswer: 'Bekijk het antwoord',
    answer: 'Het goede antwoord',
    answers: 'De goede antwoorden',
    noJs: 'Zonder JavaScript kun je de vragen lezen en het antwoord openklappen.',
    check: 'Controleer',
    retry: 'Probeer opnieuw',
    right: 'Goed.',
    wrong: 'Niet helemaal.',
    /** After a chosen option in the feedback: whether it is right. */
    optionRight: 'klopt',
    optionWrong: 'klopt niet',
    chooseFirst: 'Kies eerst een antwoord.',
    allThatApply: 'Kies alle antwoorden die kloppen.',
    explanation: 'Uitleg',
    source: 'Bron',
    score: 'Je hebt {right} van de {total} vragen goed.',
    reflection: 'Jouw antwoord (blijft alleen in deze browser)',
    save: 'Bewaar',
    saved: 'Bewaard in deze browser.',
    think: 'Om over na te denken',
  },
  scenario: {
    label: 'Dilemma',
    open: 'Bij dit dilemma is er niet één goed antwoord. Je ziet na elke keuze waar je op kunt letten.',
    choose: 'Kies',
    next: 'Verder',
    restart: 'Opnieuw beginnen',
    end: 'Einde',
    yourPath: 'Jouw keuzes',
    recommended: 'Aanbevolen route',
    discuss: 'Om te bespreken',
    verdict,
    weighing,
    ending: { goed: 'Goede afloop', gemengd: 'Gemengde afloop', zorgelijk: 'Zorgelijke afloop' },
    step: 'Stap {n}',
    continueTo: 'Verder naar',
  },
  /** The search field, dialog and results page. */
  search: {
    label: 'Zoeken',
    button: 'Zoek',
    title: 'Zoeken in Veilig Raadswerk',
    close: 'Sluiten',
    hint: 'Typ een woord, bijvoorbeeld "aangifte" of "bedreigd online". Met de pijltjestoetsen loop je door de resultaten.',
    pageTitle: 'Zoeken',
    description: "Zoek in alle lessen, dilemma's en begrippen.",
    noJs: 'Zoeken werkt met JavaScript, en dat staat nu uit. Je vindt alles ook via de modules en de begrippen.',
    empty: 'Waar wil je naar zoeken? Probeer bijvoorbeeld:',
    none: 'Niets gevonden. Probeer een ander woord, of kijk bij:',
    allModules: 'alle modules',
    allTerms: 'alle begrippen',
    suggestions: ['aangifte', 'bedreiging', 'doxing', 'melden', 'beveiliging thuis', 'nazorg'],
    failed: 'Zoeken lukt nu niet. Probeer het later opnieuw of kijk bij de modules.',
    /** Under a result found through a synonym of a typed word, not through the word itself. */
    synonyms: 'Ook gezocht op: {words}',
    /** Below the results page's list, when there are more results than shown. */
    more: 'Meer resultaten',
    /** At the end of the dialog's list, when there are more results than it shows. */
    all: 'Bekijk alle {n} resultaten',
    /** {q} is the query as searched. */
    count: { zero: 'Geen resultaten voor "{q}".', one: '1 resultaat voor "{q}".', other: '{n} resultaten voor "{q}".' },
    /** What kind of page a result is, before its module. */
    kind: { les: 'Les', scenario: 'Dilemma', begrip: 'Begrip', griffier: 'Voor griffiers' },
    /** Titles in the search index. */
    scenarioTitle: 'Dilemma: {title}',
    termTitle: 'Begrip: {title}',
  },
  /** The comment at the top of robots.txt (src/pages/robots.txt.ts), per value of the setting zoekmachines. */
  robots: {
    closed:
      'Deze module staat op een intranet; zoekmachines hoeven haar niet te indexeren.\nZet zoekmachines: true in content/gemeente.yaml als de site openbaar is.',
    open: 'Zoekmachines mogen deze module indexeren (zoekmachines: true in content/gemeente.yaml).',
  },
  /** Labels the Markdown pipeline adds (src/integrations/markdown-nlds.ts). */
  markdown: {
    table: 'Tabel',
    tableOf: 'Tabel: {headers}',
  },
  /** The SCORM package in a learning platform (src/scorm/lms.astro, issue 17). */
  lms: {
    /** Without JavaScript the launch page cannot talk to the learning platform. */
    noScript: 'Deze cursus heeft JavaScript nodig om je voortgang door te geven aan de leeromgeving.',
    start: 'Open de cursus zonder voortgang',
    /** Under a knowledge check with an open question, shown only when the site runs in a learning platform. */
    /** On the privacy page, shown only when the site runs in a learning platform. */
    privacy:
      'In deze leeromgeving geeft de cursus ook dingen door aan de leeromgeving: of je klaar bent, je score (hoeveel vragen je goed had), hoe lang je bezig was, de laatste les die je las, en welke lessen, antwoorden en keuzes je hebt. De beheerders van de leeromgeving kunnen dat zien. Wat je bij een open vraag schrijft en je naam blijven alleen in je browser.',
    reflectionNote:
      'De leeromgeving bewaart je antwoorden op de vragen, maar niet wat je in een open vraag schrijft. Die tekst blijft alleen in deze browser.',
  },
  session,
} as const;

/** A dictionary's shape with plain strings: what a second language fills in. */
type Shape<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Shape<T[K]> };
export type Dictionary = Shape<typeof nl>;

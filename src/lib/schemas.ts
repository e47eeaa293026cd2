/**
 * The shape of every kind of content, as zod schemas.
 *
 * They live here, not in content.config.ts, so unit tests can validate fixtures without Astro's
 * virtual modules. content.config.ts wires each schema to its folder in content/.
 * Every field has a one-line comment: it is the authors' reference.
 */
import { z } from 'astro/zod';
import { partKinds } from './part-kinds.ts';

/** A stable id: lowercase letters, digits and hyphens. Progress and URLs are keyed on it. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik alleen kleine letters, cijfers en koppeltekens');

const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** A date as YYYY-MM-DD; a missing or malformed one says how to write it. */
const day = z.coerce.date({ error: 'ontbreekt of is geen datum; schrijf een datum als 2026-11-30' });

/** A module: a group of lessons on one theme. File: content/modules/<nn-slug>.yaml */
export const moduleSchema = z.strictObject({
  /** Stable id, used in URLs and progress. */
  id: slug,
  /** Position of the module in the course, from 1. */
  order: z.number().int().positive(),
  /** Title as shown in menus and headings. */
  title: text,
  /** One or two sentences that say what the module is about. */
  summary: text,
  /** What the reader knows or can do after the module (2 to 5 lines). */
  goals: z.array(text).min(2).max(5),
  /** True when lessons describe threats or violence: pages then open with a warning and the help link. */
  contentWarning: z.boolean().default(false),
});

/** Frontmatter of a lesson. File: content/lessen/<module>/<nn-slug>.mdx */
export const lessonSchema = z.strictObject({
  /** Stable id, unique over all lessons; renaming the file keeps progress. */
  id: slug,
  /** Id of the module this lesson belongs to. */
  module: slug,
  /** Position within the module, from 1. */
  order: z.number().int().positive(),
  /** Title of the lesson (the page's h1). */
  title: text,
  /** One sentence for lists and search results. */
  summary: text,
  /** Reading time in minutes: a lesson is a piece of about ten minutes. */
  duration: z.number().int().min(5).max(12),
  /** Learning goals, 2 to 4, written as "Je weet …" or "Je kunt …". */
  goals: z.array(text).min(2).max(4),
  /** Ids of the sources this lesson cites (content/bronnen.yaml); at least two. */
  sources: z.array(slug).min(2),
  /** Ids of knowledge-check questions shown at the end of the lesson. */
  questions: z.array(slug).default([]),
  /** Ids of scenarios that belong to this lesson (also allowed inline with <Dilemma id>). */
  scenarios: z.array(slug).default([]),
  /** Date the whole lesson was last checked against its sources (YYYY-MM-DD); shown on the page. */
  reviewed: day,
});

/** One choice within a scenario step. */
const choiceSchema = z.strictObject({
  /** Stable id within the step. */
  id: slug,
  /** What the reader can choose. */
  text: text,
  /** Id of the step this choice leads to. */
  next: slug,
  /** Why this choice works or not: shown right after choosing. */
  feedback: text,
  /** How good the choice is; in "open" scenarios it is only a consideration. */
  verdict: z.enum(['goed', 'kan', 'riskant']).optional(),
  /** Id of a source that backs the feedback. */
  source: slug.optional(),
});

/** One step of a scenario: a situation with choices, or an ending. */
const stepSchema = z.strictObject({
  /** Stable id within the scenario. */
  id: slug,
  /** Short heading of the step. */
  title: text,
  /** What happens now, in two to five sentences. */
  situation: text,
  /** The question to the reader; left out on an ending. */
  question: text.optional(),
  /** The choices; none on an ending. */
  choices: z.array(choiceSchema).default([]),
  /** Present only on an ending: how this path turned out. */
  ending: z
    .strictObject({
      /** How the ending is judged. */
      kind: z.enum(['goed', 'gemengd', 'zorgelijk']),
      /** What the reader should take from this ending. */
      text: text,
    })
    .optional(),
});

/** A dilemma as a graph of steps. File: content/scenarios/<id>.yaml */
export const scenarioSchema = z.strictObject({
  /** Stable id, used in progress and session plans. */
  id: slug,
  /** Title of the dilemma. */
  title: text,
  /** Id of the module the dilemma belongs to. */
  module: slug,
  /** One sentence for lists and the session builder. */
  summary: text,
  /** "graded" judges choices; "open" has no single right answer and shows considerations. */
  mode: z.enum(['graded', 'open']).default('graded'),
  /** Id of the first step. */
  start: slug,
  /** All steps; every step must be reachable and every path must end. */
  steps: z.array(stepSchema).min(2),
  /** The recommended path as a list of "step/choice" ids, shown next to the reader's path. */
  recommended: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'schrijf als stap-id/keuze-id')).default([]),
  /** Questions for the council to discuss afterwards. */
  discussion: z.array(text).min(1),
  /** Notes for the griffier only; never shown on the projector. */
  facilitator: z.array(text).min(1),
  /** Ids of the sources behind the good practice. */
  sources: z.array(slug).default([]),
  /** Minutes to set aside in a session. */
  minutes: z.number().int().min(5).max(45).default(15),
});

/** An option of a knowledge-check question. */
const optionSchema = z.strictObject({
  /** Stable id within the question. */
  id: slug,
  /** The option's text. */
  text: text,
  /** Whether this option is (one of) the right answers. */
  correct: z.boolean().default(false),
  /** Feedback for this option; the explanation is shown when left out. */
  feedback: text.optional(),
});

/** A knowledge-check question. File: content/vragen/<module>/<id>.yaml */
export const questionSchema = z.strictObject({
  /** Stable id, used in progress. */
  id: slug,
  /** Id of the module the question tests. */
  module: slug,
  /** single: one answer; multiple: all that apply; truefalse: waar/niet waar; reflection: open text kept locally. */
  type: z.enum(['single', 'multiple', 'truefalse', 'reflection']),
  /** The question itself. */
  prompt: text,
  /** The options; a reflection question has none. */
  options: z.array(optionSchema).default([]),
  /** Why the right answer is right: shown after answering. */
  explanation: text,
  /** Id of the source behind the answer. */
  source: slug.optional(),
});

/** A glossary term. File: content/begrippen.yaml (a list). */
export const termSchema = z.strictObject({
  /** Stable id, used in <Begrip id="…"> and as the anchor on the glossary page. */
  id: slug,
  /** The term as written. */
  term: text,
  /** A plain definition in one or two sentences. */
  definition: text,
  /** Other words for the same thing, also used by search. */
  synonyms: z.array(text).default([]),
  /** Ids of sources behind the definition. */
  sources: z.array(slug).default([]),
});

/** A source. File: content/bronnen.yaml (a list). */
export const sourceSchema = z.strictObject({
  /** Stable id, used in <Bron id="…"> and in a lesson's sources. */
  id: slug,
  /** Precise title of the document or page. */
  title: text,
  /** Who published it. */
  publisher: text,
  /** Year of publication; left out only for a web page that carries no date. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Public address; left out when no address is known. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Kamerstuk, Staatscourant or Staatsblad number, or another precise reference. */
  reference: text.optional(),
  /** Date the facts were last checked against the source. */
  checked: day,
});

/** One part of a session plan. */
const sessionPartSchema = z.strictObject({
  /** Title of the part as shown in the agenda and on the projector. */
  title: text,
  /** Minutes planned for this part. */
  minutes: z.number().int().min(1).max(60),
  /** What kind of part it is: module shows a module's goals, dilemma plays a scenario, gesprek asks one question. */
  kind: z.enum(partKinds),
  /** Id of the module (kind module) or scenario (kind dilemma) this part uses. */
  ref: slug.optional(),
  /** The question the council discusses (kind gesprek only); shown on the projector. */
  question: text.optional(),
  /** A short text for the projector (opening, pauze, afsluiting). */
  text: text.optional(),
  /** What the griffier does in this part; facilitator only, never on the projector. */
  notes: text.optional(),
});

/** A ready session plan for the griffier. File: content/sessies/<id>.yaml */
export const sessionSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** Title of the session. */
  title: text,
  /** Planned length in minutes. */
  duration: z.number().int().min(15).max(180),
  /** What the session is for. */
  summary: text,
  /** The parts in order; their minutes add up to the duration. */
  parts: z.array(sessionPartSchema).min(2),
  /** Ids of the sources behind the figures and legal claims in the parts' texts and notes. */
  sources: z.array(slug).default([]),
});

/** A chapter of the guide for griffiers. File: content/griffier/<nn-slug>.mdx */
export const guideSchema = z.strictObject({
  /** Stable id, used as the anchor on the "Voor griffiers" page. */
  id: slug,
  /** Position on the page, from 1. */
  order: z.number().int().positive(),
  /** Heading of the chapter. */
  title: text,
  /** One sentence for the table of contents. */
  summary: text,
  /** Date the chapter was last checked against its sources (YYYY-MM-DD). */
  reviewed: day,
});

/** A key fact for the councillors' handout. File: content/kernfeiten.yaml (a list). */
export const factSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** The fact in one or two plain sentences. */
  text: text,
  /** Id of the source behind it; every figure and legal claim names one. */
  source: slug,
  /** Date the fact was last checked against its source (YYYY-MM-DD). */
  reviewed: day,
});

/** One change in a release, in plain words for councillors and griffiers. */
const changeSchema = z.strictObject({
  /** What part of the content changed. */
  about: z.enum(['feiten', 'lessen', 'dilemmas', 'vragen', 'griffier']),
  /** What changed and why, in one to three short sentences (B1). */
  text: text,
});

/** What changed in the content in one release. File: content/wijzigingen.yaml (a list, newest first). */
export const releaseSchema = z.strictObject({
  /** The version, as in package.json (for example 0.2.0); the build checks that the current one is here. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'schrijf de versie als 1.2.3'),
  /** Date of the release (YYYY-MM-DD). */
  date: day,
  /** One sentence about the release as a whole. */
  summary: text,
  /** The changes, grouped by what they are about. */
  changes: z.array(changeSchema).min(1),
});

const contact = z.strictObject({
  /** Who or what this is, e.g. "Griffie" (no personal names needed). */
  name: text,
  /** Phone number as dialled. */
  phone: text.optional(),
  /** E-mail address. */
  email: z.email().optional(),
  /** A web page. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** One line on when to use this contact. */
  note: text.optional(),
});

/** The municipality's one settings file: content/gemeente.yaml */
export const settingsSchema = z.strictObject({
  /** Name of the municipality, shown in the header and page titles. */
  naam: text,
  /** True while the file still holds the shipped example values; pages then say "voorbeeldgegevens". */
  voorbeeldgegevens: z.boolean(),
  /** Contacts shown under "Hulp nodig?" and by <Contact wie="…">. */
  contacten: z.strictObject({
    /** The griffie: first stop for councillors. */
    griffie: contact,
    /** Where to report an incident internally. */
    melden: contact,
    /** The vertrouwenspersoon for office holders. */
    vertrouwenspersoon: contact,
    /** The police, for emergencies and aangifte. */
    politie: contact,
    /** The national support team (Ondersteuningsteam Weerbaar Bestuur). */
    ondersteuningsteam: contact,
  }),
  /** The local protocol on aggression and violence. */
  protocol: z.strictObject({
    /** Title of the protocol. */
    title: text,
    /** Link to the protocol, on the intranet or public. */
    url: z.string().trim().min(1).optional(),
    /** Short summary in plain Dutch. */
    summary: text,
  }),
  /** The municipality's logo, served from public/. */
  logo: z
    .strictObject({
      /** Path under public/, e.g. "logo.svg". */
      src: text,
      /** Alternative text. */
      alt: text,
    })
    .optional(),
  /** The accessibility statement, after the Dutch model (digitoegankelijk.nl). */
  toegankelijkheid: z
    .strictObject({
      /** A: voldoet volledig; B: gedeeltelijk; C: eerste maatregelen; D: nog geen maatregelen; E: niet van toepassing. */
      status: z.enum(['A', 'B', 'C', 'D', 'E']),
      /** Date the statement was drawn up or last reviewed. */
      datum: z.coerce.date(),
      /** The expert audit behind the status, if any: who, when, and where the report is. */
      onderzoek: text.optional(),
    })
    .default({ status: 'C', datum: new Date('2026-11-28') }),
  /**
   * Search engines: false (the default, for an intranet) makes robots.txt ask every crawler to stay
   * out (`Disallow: /`); true (a public host) lets them index every page.
   */
  zoekmachines: z.boolean().default(false),
  /**
   * Offline use: true (the default) lets a browser keep a copy of the whole site after one visit
   * (a service worker, src/lib/offline.ts), so it works without network in the council chamber.
   * false builds without it, and ships a worker that removes the copy from browsers that had it.
   */
  offline: z.boolean().default(true),
  /** House style: a token CSS file and the class that switches it on. */
  thema: z.strictObject({
    /** Class on <html> that activates the tokens, e.g. "voorbeeld-theme" (several: separate with spaces). */
    class: z
      .string()
      .regex(/^[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)*$/, 'een of meer CSS-klassennamen, gescheiden door spaties'),
    /** Token CSS: a path from the project folder (e.g. src/themes/gemeente.css) or an npm package path; the default is the voorbeeld theme. */
    css: text.optional(),
    /**
     * Dark mode: true (the default) follows the reader's setting (prefers-color-scheme: dark) with
     * the dark colour set of the voorbeeld theme (src/themes/voorbeeld-donker.css); false keeps
     * the site light. A municipality's own theme without a dark set: set false, or add its own
     * dark tokens under @media (prefers-color-scheme: dark) in its theme file.
     */
    donker: z.boolean().default(true),
  }),
  /**
   * The SCORM 1.2 package for a learning platform (npm run package:scorm). Optional.
   * beheersingsscore: the score (0-100, in percent of the knowledge-check questions answered
   * right) from which the LMS records "passed"; it becomes adlcp:masteryscore in imsmanifest.xml.
   * Left out: no mastery score in the manifest, and the package reports "completed" only.
   */
  scorm: z
    .strictObject({
      beheersingsscore: z.number().int().min(0).max(100).optional(),
    })
    .optional(),
});

/** content/synoniemen.yaml: each item is a group of words that mean the same in a search. */
const synonymGroupSchema = z.array(z.string().trim().min(1)).min(2);

/**
 * Where each collection lives in content/, in which form, and its schema: the one table read by
 * src/content.config.ts (Astro's loaders) and src/load/content-fs.ts (the build check, tools, tests).
 * yaml: a folder of YAML files, one entry each; mdx: a folder of MDX files; list: one YAML file
 * holding a list; object: one YAML file holding one object.
 */
export const contentFolders = {
  modules: { path: 'modules', form: 'yaml', schema: moduleSchema },
  lessen: { path: 'lessen', form: 'mdx', schema: lessonSchema },
  scenarios: { path: 'scenarios', form: 'yaml', schema: scenarioSchema },
  vragen: { path: 'vragen', form: 'yaml', schema: questionSchema },
  sessies: { path: 'sessies', form: 'yaml', schema: sessionSchema },
  griffier: { path: 'griffier', form: 'mdx', schema: guideSchema },
  kernfeiten: { path: 'kernfeiten.yaml', form: 'list', schema: factSchema },
  begrippen: { path: 'begrippen.yaml', form: 'list', schema: termSchema },
  bronnen: { path: 'bronnen.yaml', form: 'list', schema: sourceSchema },
  wijzigingen: { path: 'wijzigingen.yaml', form: 'list', schema: releaseSchema },
  synoniemen: { path: 'synoniemen.yaml', form: 'list', schema: synonymGroupSchema },
  gemeente: { path: 'gemeente.yaml', form: 'object', schema: settingsSchema },
} as const;

export type Module = z.infer<typeof moduleSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type Fact = z.infer<typeof factSchema>;
export type SessionPart = z.infer<typeof sessionPartSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Term = z.infer<typeof termSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type ContactKey = keyof Settings['contacten'];

/**
 * Which strings of src/i18n/nl.ts each island and custom element gets, and no others: the page
 * that renders it passes them with pick() (a Preact island's `t` prop) or dataStrings() (a custom
 * element's `data-strings`). Islands import only the types from here, so no bundle carries a list.
 */
import type { Key, Strings } from '../i18n/format.ts';

const keys = <const K extends readonly Key[]>(k: K) => k;

export const knowledgeCheckKeys = keys([
  'quiz.check',
  'quiz.retry',
  'quiz.right',
  'quiz.wrong',
  'quiz.optionRight',
  'quiz.optionWrong',
  'quiz.chooseFirst',
  'quiz.allThatApply',
  'quiz.explanation',
  'quiz.source',
  'quiz.score',
  'quiz.reflection',
  'quiz.save',
  'quiz.saved',
  'quiz.think',
]);
export const scenarioPlayerKeys = keys([
  'scenario.open',
  'scenario.step',
  'scenario.end',
  'scenario.ending',
  'scenario.yourPath',
  'scenario.recommended',
  'scenario.restart',
  'scenario.choose',
  'scenario.next',
  'scenario.verdict',
  'scenario.weighing',
  'quiz.source',
  'quiz.chooseFirst',
]);
export const lessonProgressKeys = keys([
  'progress.markDone',
  'progress.done',
  'progress.nowDone',
  'progress.nowNotDone',
]);
export const doneCountKeys = keys(['progress.count']);
export const lessonBadgeKeys = keys(['progress.badge']);
export const storageNoticeKeys = keys(['storage.memory', 'storage.broken', 'storage.items']);
export const myProgressKeys = keys([
  'myProgress.downloaded',
  'myProgress.noFile',
  'myProgress.unchanged',
  'myProgress.merged',
  'myProgress.replaced',
  'myProgress.migrated',
  'myProgress.unknown',
  'myProgress.wiped',
  'myProgress.refused',
  'myProgress.item',
]);
/** The search dialog and the results page share the client (search-client.ts). */
export const searchKeys = keys([
  'search.kind',
  'search.count',
  'search.failed',
  'search.none',
  'search.synonyms',
  'search.more',
  'search.all',
]);
export const printKitKeys = keys([
  'session.agenda',
  'session.kinds',
  'session.minutes',
  'session.badLink',
  'session.refused',
  'session.planNotesHeading',
  'session.printKit',
]);
/** The griffier's session views (src/islands/session/, Agreements.tsx). */
export const badPlanKeys = keys(['session.badLink', 'session.refused']);
export const agreementsKeys = keys([
  'session.agreements',
  'session.agreementsIntro',
  'session.action',
  'session.who',
  'session.when',
  'session.add',
  'session.none',
  'session.remove',
  'session.printOrDownload',
  'session.download',
  'session.print',
  'session.clear',
  'session.clearConfirm',
  'session.cancel',
  'session.mdHeading',
  'session.mdRecorded',
]);
/** The parts both views share (SlideView, Steps, Tally, Timer); Projector and Control hand them their own `t`. */
export const sessionSharedKeys = keys([
  ...badPlanKeys,
  'session.agreements',
  'session.kinds',
  'session.labels',
  'session.discuss',
  'session.decision',
  'session.moduleGoals',
  'session.optionsNext',
  'session.prev',
  'session.next',
  'session.step',
  'session.upNext',
  'session.lastStep',
  'session.toBuilder',
  'session.toPlans',
  'session.announce',
  'session.result',
  'session.totalHands',
  'session.hands',
  'session.tally',
  'session.tallyHelp',
  'session.hide',
  'session.reveal',
  'session.hidden',
  'session.timer',
  'session.timeLeft',
  'session.overTime',
  'session.pause',
  'session.start',
  'session.resetTimer',
]);
export const projectorKeys = keys([
  ...sessionSharedKeys,
  'session.waiting',
  'session.fullscreen',
  'session.panel',
  'session.keys',
  'session.openControl',
  'nav.hulp',
]);
export const controlKeys = keys([
  ...sessionSharedKeys,
  ...agreementsKeys,
  'session.noPlan',
  'session.openProjector',
  'session.resumed',
  'session.restart',
  'session.carryOn',
  'session.nowShowing',
  'session.keys',
  'session.notes',
  'session.noNotes',
  'session.planNotes',
  'session.answerKey',
  'session.verdict',
  'session.weighing',
]);
export const builderKeys = keys([
  ...badPlanKeys,
  'session.builder',
  'session.kinds',
  'session.total',
  'session.minutes',
  'session.keptYours',
]);

type Of<K extends readonly Key[]> = Strings<K[number]>;
export type KnowledgeCheckStrings = Of<typeof knowledgeCheckKeys>;
export type ScenarioPlayerStrings = Of<typeof scenarioPlayerKeys>;
export type LessonProgressStrings = Of<typeof lessonProgressKeys>;
export type DoneCountStrings = Of<typeof doneCountKeys>;
export type LessonBadgeStrings = Of<typeof lessonBadgeKeys>;
export type StorageNoticeStrings = Of<typeof storageNoticeKeys>;
export type MyProgressStrings = Of<typeof myProgressKeys>;
export type SearchStrings = Of<typeof searchKeys>;
export type PrintKitStrings = Of<typeof printKitKeys>;
export type BadPlanStrings = Of<typeof badPlanKeys>;
export type AgreementsStrings = Of<typeof agreementsKeys>;
export type SessionSharedStrings = Of<typeof sessionSharedKeys>;
export type ProjectorStrings = Of<typeof projectorKeys>;
export type ControlStrings = Of<typeof controlKeys>;
export type BuilderStrings = Of<typeof builderKeys>;

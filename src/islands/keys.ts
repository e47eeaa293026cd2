/**
 * Which strings of src/i18n/nl.ts each island and custom element gets, and no others: the page
 * that renders it passes them with pick() (a Preact island's `t` prop) or dataStrings() (a custom
 * element's `data-strings`). Islands import only the types from here, so no bundle carries a list.
 */
import type { Key, Strings } from '../i18n/format.ts';

const keys = <const K extends readonly Key[]>(k: K) => k;

export const knowledgeCheckKeys = keys(['quiz.check', 'quiz.retry', 'quiz.right', 'quiz.wrong', 'quiz.optionRight', 'quiz.optionWrong', 'quiz.chooseFirst', 'quiz.allThatApply', 'quiz.explanation', 'quiz.source', 'quiz.score', 'quiz.reflection', 'quiz.save', 'quiz.saved', 'quiz.think']);
export const scenarioPlayerKeys = keys(['scenario.open', 'scenario.step', 'scenario.end', 'scenario.ending', 'scenario.yourPath', 'scenario.recommended', 'scenario.restart', 'scenario.choose', 'scenario.next', 'scenario.verdict', 'scenario.weighing', 'quiz.source', 'quiz.chooseFirst']);
export const lessonProgressKeys = keys(['progress.markDone', 'progress.done', 'progress.nowDone', 'progress.nowNotDone']);
export const doneCountKeys = keys(['progress.count']);
export const lessonBadgeKeys = keys(['progress.badge']);
export const storageNoticeKeys = keys(['storage.memory', 'storage.broken', 'storage.items']);
export const myProgressKeys = keys(['myProgress.downloaded', 'myProgress.noFile', 'myProgress.unchanged', 'myProgress.merged', 'myProgress.replaced', 'myProgress.migrated', 'myProgress.unknown', 'myProgress.wiped']);
/** The search dialog and the results page share the client (search-client.ts). */
export const searchKeys = keys(['search.kind', 'search.count', 'search.failed', 'search.none']);
export const printKitKeys = keys(['session.agenda', 'session.kinds', 'session.minutes', 'session.badLink', 'session.planNotesHeading', 'session.printKit']);

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

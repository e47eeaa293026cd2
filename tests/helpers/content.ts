/** The real content, read from disk, so tests know the right answers without hard-coding them. */
import { join } from 'node:path';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { root } from './site.ts';

export const content = loadContentDir(join(root, 'content')).set;
export const question = (id: string) => content.questions.find((q) => q.data.id === id)!.data;
export const scenario = (id: string) => content.scenarios.find((s) => s.data.id === id)!.data;

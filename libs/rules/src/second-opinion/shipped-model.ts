/*
 * The model of the second opinion as trained in the repo (model.json, written by
 * `npm run rules -- train` from the labelled files in libs/rules/test-data; a test checks that
 * it matches them).
 */
import model from './model.json';
import { type SecondOpinionModel } from './model';

export const SHIPPED_MODEL = model as unknown as SecondOpinionModel;

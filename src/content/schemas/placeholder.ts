/**
 * What the importer writes where only an editor can write the text (an English title or name); the
 * schemas refuse text that starts with it. One constant, so that the writer and the check agree.
 */
export const PLACEHOLDER_MARK = 'TODO';

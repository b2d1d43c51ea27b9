// The mark of a view file, apart from viewFile.ts so that telling a view file from data at a glance does
// not load the reader (and with it zod, which validates the data a view file may carry).

/** The value of "format" that marks a view file. */
export const VIEW_FILE_FORMAT = 'sanctions-explorer-view';

/** Importing a client's org chart (CSV, draw.io CSV; XLSX is read in main/files): see README.md. */
export { readCsv, guessDelimiter, parseCsvText, GUESSED_DELIMITERS, type CsvOptions } from './csv';
export { decodeBytes } from './decode';
export { guessMapping, resolveMapping, parseMappingOption, normaliseHeader, type ColumnMapping, type MappingByHeader } from './columns';
export { checkRows, MAX_LISTED_PROBLEMS, type Person } from './checks';
export { buildBoard, orgSize, type BuildOptions, type BuildSummary } from './build';
export { guessRoleType, guessDepartmentType } from './guessTypes';
export { importTable, type ImportOptions, type Imported } from './importOrg';
export { formatImportProblem } from './messages';
export * from './table';

/** exceljs's browser build (no Node streams): the same API as the package's own types. */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}

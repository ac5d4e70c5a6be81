/** tools/bench/truth.ts reads the normalisation here until it reads the record through the site's loader (issue 27). */
export { normalize } from '~/text/normalize';

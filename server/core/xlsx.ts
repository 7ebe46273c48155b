/**
 * A spreadsheet runs a cell starting with = + - @ (or a leading tab/CR) as a formula: every text cell
 * of every .xlsx export goes through here and is kept as text behind a quote. The roster import strips
 * that quote again, so an exported roster imports back unchanged.
 */
export function safeCell<T>(v: T): T | string {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

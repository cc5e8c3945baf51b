/**
 * The all-in-one file for a `<script type="module">` include: registers every element (guarded, so loading
 * it twice does not throw) and exports validateDocument for pages that want to check their JSON first.
 */
import '../define/all.js';

export { validateDocument } from '../schema/validate.js';
export { setStrings } from '../i18n/strings.js';

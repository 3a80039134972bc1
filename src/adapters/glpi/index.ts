/** `sx-kit/adapters/glpi`: GLPI 10 and 11, legacy REST API (`apirest.php`) or the high-level API (`api.php/v2`). */
export { createGlpiAdapter } from './glpi-adapter.js';
export type { GlpiAdapter, GlpiAdapterOptions } from './glpi-adapter.js';
export { isoDate, ticketState } from './mappers.js';
export { fromAttributes } from './attributes.js';

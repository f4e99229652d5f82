/** The zone an installation's meeting times are in unless TIME_ZONE says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

import { DEFAULT_TIME_ZONE } from '../../shared/time/defaultTimeZone';

// Process-wide rather than passed along: the export views format dates deep
// inside code that carries no configuration, in this thread and in the export
// worker. createServer sets it from TIME_ZONE; the worker from each job.
let zone = DEFAULT_TIME_ZONE;

/** The zone whose wall time meeting times are in: TIME_ZONE, by default Europe/Stockholm. */
export function installationTimeZone(): string {
  return zone;
}

/** Sets the installation's zone; an IANA name, already validated by the configuration. */
export function setInstallationTimeZone(timeZone: string): void {
  zone = timeZone;
}

import { describe, expect, it } from 'vitest';
import { splitNameAndOrganization } from './splitNameAndOrganization';

describe('splitNameAndOrganization', () => {
  it('splits at the first comma', () => {
    expect(splitNameAndOrganization(' Anneli Alm, Tidaholm ')).toEqual({ name: 'Anneli Alm', organization: 'Tidaholm' });
    expect(splitNameAndOrganization('Johan Strömberg, Avd.ch Skövde, Kommun')).toEqual({ name: 'Johan Strömberg', organization: 'Avd.ch Skövde, Kommun' });
  });

  it('keeps a bare name', () => {
    expect(splitNameAndOrganization('Hillevi Larsson')).toEqual({ name: 'Hillevi Larsson', organization: '' });
  });
});

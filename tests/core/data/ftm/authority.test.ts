import { describe, expect, it } from 'vitest';
import { authorityKey, KNOWN_AUTHORITIES, normaliseAuthority } from '../../../../src/core/data/ftm/authority.ts';

const idOf = (text: string) => normaliseAuthority(text).id;

describe('normaliseAuthority', () => {
  it('resolves the many names of OFAC and the US Treasury to one body', () => {
    const names = [
      'Office of Foreign Assets Control', 'OFAC', 'US Treasury', 'U.S. Department of the Treasury',
      'Department of the Treasury', 'United States Department of the Treasury, Office of Foreign Assets Control',
      'ofac', '  OFAC  ', 'U. S. Treasury', 'The Treasury Department', 'OFAC - Specially Designated Nationals',
    ];
    for (const name of names) expect(idOf(name), name).toBe('us-treasury');
    const body = normaliseAuthority('OFAC');
    expect(body).toMatchObject({ id: 'us-treasury', country: 'US', known: true });
  });

  it('ignores case, punctuation and white space', () => {
    expect(idOf('BUREAU   OF INDUSTRY & SECURITY')).toBe('us-commerce');
    expect(idOf('bureau of industry and security')).toBe('us-commerce');
    expect(idOf('U.S. Department of State.')).toBe('us-state');
    expect(idOf('u.s. department of state')).toBe('us-state');
  });

  it('knows the bundled bodies and the main sanctioning authorities of other countries', () => {
    expect(idOf('BIS')).toBe('us-commerce');
    expect(idOf('Commerce Department')).toBe('us-commerce');
    expect(idOf('US Department of State')).toBe('us-state');
    expect(idOf('Ministry of Foreign Affairs of the People\'s Republic of China')).toBe('cn-mfa');
    expect(idOf('外交部')).toBe('cn-mfa');
    expect(idOf('中华人民共和国外交部')).toBe('cn-mfa');
    expect(idOf('Chinese Ministry of Foreign Affairs')).toBe('cn-mfa');
    expect(idOf('US Congress and President')).toBe('us-congress-president');
    expect(idOf('Council of the European Union')).toBe('eu');
    expect(idOf('EU')).toBe('eu');
    expect(idOf('HM Treasury')).toBe('uk');
    expect(idOf('Office of Financial Sanctions Implementation')).toBe('uk');
    expect(idOf('OFSI')).toBe('uk');
    expect(idOf('Foreign, Commonwealth & Development Office')).toBe('uk');
    expect(idOf('United Nations Security Council')).toBe('un-security-council');
    expect(idOf('UN Security Council 1267 Committee')).toBe('un-security-council');
    expect(idOf('Global Affairs Canada')).toBe('ca-government');
    expect(idOf('State Secretariat for Economic Affairs (SECO)')).toBe('ch-seco');
  });

  it('does not take HM Treasury for the US Treasury, nor Taiwan\'s ministry for the PRC\'s', () => {
    expect(idOf('HM Treasury, Office of Financial Sanctions Implementation')).toBe('uk');
    expect(idOf('Ministry of Foreign Affairs, Republic of China (Taiwan)')).not.toBe('cn-mfa');
  });

  it('gives an unknown authority a body of its own with a slug id, never nothing', () => {
    const body = normaliseAuthority('Financial Monitoring Service of Ruritania');
    expect(body).toEqual({ id: 'financial-monitoring-service-of-ruritania', name: 'Financial Monitoring Service of Ruritania', known: false });
    expect(normaliseAuthority('  financial   monitoring service of RURITANIA ').id).toBe(body.id);
    expect(normaliseAuthority('Agence française').id).toBe('agence-francaise');
  });

  it('makes an id for unknown text without Latin letters, stable for the same text', () => {
    const body = normaliseAuthority('Министерство финансов Рурітании');
    expect(body.id).toMatch(/^authority-[a-z0-9]+$/);
    expect(normaliseAuthority('Министерство финансов Рурітании').id).toBe(body.id);
    expect(body.name).toBe('Министерство финансов Рурітании');
  });

  it('writes every table entry so that its exact names and its own name resolve to it', () => {
    for (const body of KNOWN_AUTHORITIES) {
      expect(idOf(body.name), body.name).toBe(body.id);
      for (const name of body.exact) {
        expect(authorityKey(name), `${name} is written normalised`).toBe(name);
        expect(idOf(name), name).toBe(body.id);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FACTS_CHECKED } from '../../src/site';
import { membershipStateSchema } from '../../src/schemas/membership';
import { membershipProblems } from '../../src/lib/membershipChecks';
import { atlasIds } from '../../src/lib/geo/worldAtlas';
import { territorySchema } from '../../src/schemas/territory';
import { membershipStates, territoryEntries } from '../support/contentData';
import { schemaIssues } from '../support/schemaIssues';

const source = { title: 'OAS press release GA-12-09', url: 'https://www.oas.org/en/media_center/press_release.asp?sCodigo=GA-12-09' };
const good = {
  iso3: 'CUB',
  name: 'Cuba',
  isoNumeric: '192',
  region: 'caribbean',
  checked: '2026-12-01',
  celac: [{ date: '2011-12-03', status: 'founding-member', source }],
  oas: [
    { date: '1948-04-30', status: 'founding-member', source },
    { date: '1962-01-31', status: 'excluded', note: 'Excluded from taking part.', source },
    { date: '2009-06-03', status: 'not-participating', source },
  ],
};

const issuesOf = (value: unknown): string[] => schemaIssues(membershipStateSchema, value);

describe('membership state schema', () => {
  it('accepts a complete state and keeps its values', () => {
    expect(membershipStateSchema.parse(good)).toEqual(good);
  });

  it('accepts an empty history (never a member) and a year-only date', () => {
    const usa = {
      ...good,
      iso3: 'USA',
      isoNumeric: '840',
      region: 'northern-america',
      celac: [],
      oas: [{ date: '1977', status: 'member', source }],
    };
    expect(membershipStateSchema.parse(usa).celac).toEqual([]);
    expect(membershipStateSchema.parse(usa).oas[0]?.date).toBe('1977');
  });

  it('normalises the date forms YAML can give (a number, a Date)', () => {
    const parsed = membershipStateSchema.parse({
      ...good,
      celac: [{ date: new Date(Date.UTC(2011, 11, 3)), status: 'member', source }],
      oas: [{ date: 1948, status: 'member', source }],
    });
    expect(parsed.celac[0]?.date).toBe('2011-12-03');
    expect(parsed.oas[0]?.date).toBe('1948');
  });

  it('rejects an undated change, naming the date field', () => {
    const { date: _d, ...undated } = good.oas[1] as (typeof good.oas)[number];
    expect(issuesOf({ ...good, oas: [good.oas[0], undated] })).toEqual([
      "oas.1.date: every change needs a date: 'YYYY-MM-DD' (a real calendar day) or 'YYYY' when only the year is known",
    ]);
    expect(issuesOf({ ...good, oas: [{ ...good.oas[0], date: '1948-02-30' }] })[0]).toMatch(/^oas\.0\.date: every change needs a date/);
  });

  it('rejects an unknown status, listing the allowed ones', () => {
    expect(issuesOf({ ...good, celac: [{ ...good.celac[0], status: 'observer' }] })).toEqual([
      'celac.0.status: use one of: founding-member, member, suspended, excluded, not-participating, withdrawal-notified, withdrawn, disputed',
    ]);
  });

  it('rejects a change without a source, or with an address that is not a web address', () => {
    const { source: _s, ...unsourced } = good.celac[0] as (typeof good.celac)[number];
    expect(issuesOf({ ...good, celac: [unsourced] })[0]).toMatch(/^celac\.0\.source: /);
    expect(issuesOf({ ...good, celac: [{ ...good.celac[0], source: { title: 'A page', url: 'oas.org/x' } }] })).toEqual([
      'celac.0.source.url: use a full https address',
    ]);
  });

  it('wants histories oldest first, starting when the state joins', () => {
    const reversed = [...good.oas].reverse();
    expect(issuesOf({ ...good, oas: reversed })).toEqual([
      'oas.0.status: a history starts when the state joins: use member or founding-member',
      'oas.1.date: list changes oldest first, one per date (1962-01-31 is not after 2009-06-03)',
      'oas.2.date: list changes oldest first, one per date (1948-04-30 is not after 1962-01-31)',
    ]);
  });

  it('wants the ISO codes in their standard forms', () => {
    expect(issuesOf({ ...good, isoNumeric: 192 })).toEqual([
      "isoNumeric: write the ISO numeric code as a quoted three-digit string, e.g. '028'",
    ]);
    expect(issuesOf({ ...good, isoNumeric: '28' })).toEqual([
      "isoNumeric: write the ISO numeric code as a quoted three-digit string, e.g. '028'",
    ]);
    expect(issuesOf({ ...good, iso3: 'cub' })).toEqual(['iso3: use the ISO 3166-1 alpha-3 code in capitals, e.g. "NIC"']);
    expect(issuesOf({ ...good, region: 'antilles' })).toEqual([
      'region: use one of: northern-america, central-america, caribbean, south-america',
    ]);
  });
});

describe('checks across states (membershipProblems)', () => {
  it('names the file, the state and the field of a code with no map shape', () => {
    expect(membershipProblems('content/membership/states.yaml', [{ iso3: 'XXA', isoNumeric: '999' }], new Set(['192']))).toEqual([
      `content/membership/states.yaml: state "XXA" field "isoNumeric" ('999') matches no shape in world-atlas countries-50m.json; check the ISO 3166-1 numeric code`,
    ]);
  });

  it('finds repeated codes', () => {
    const states = [
      { iso3: 'CUB', isoNumeric: '192' },
      { iso3: 'CUB', isoNumeric: '192' },
    ];
    expect(membershipProblems('f.yaml', states, new Set(['192']))).toEqual([
      `f.yaml: state "CUB" field "iso3" repeats 'CUB', already used by another state`,
      `f.yaml: state "CUB" field "isoNumeric" repeats '192', already used by another state`,
    ]);
  });
});

describe('content/membership/states.yaml', () => {
  const states = (parse(readFileSync('content/membership/states.yaml', 'utf8')) as unknown[]).map((s) => membershipStateSchema.parse(s));

  it('holds the 35 independent states of the Americas, 33 of them in CELAC', () => {
    expect(states).toHaveLength(35);
    expect(states.filter((s) => s.celac.length > 0)).toHaveLength(33);
    expect(
      states
        .filter((s) => s.celac.length === 0)
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['CAN', 'USA']);
  });

  it('was checked no later than the day the site says its facts were checked', () => {
    for (const s of states) expect(s.checked <= FACTS_CHECKED.date, `${s.iso3} checked ${s.checked}`).toBe(true);
  });

  it('matches every code to a shape in world-atlas 1:50m, with no repeats', () => {
    expect(membershipProblems('states.yaml', states, atlasIds())).toEqual([]);
  });

  // The fact base the data was built from; outside this workspace (CI) the check is skipped.
  const csv = '../shared/reference/membership.csv';
  it.skipIf(!existsSync(csv))('agrees with the reference CSV on codes, CELAC founding and OAS joining years', () => {
    const [head, ...lines] = readFileSync(csv, 'utf8').trim().split('\n');
    const fields = (line: string): string[] => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => m[2] ?? m[1] ?? '');
    const columns = fields(head ?? '');
    const col = (line: string, name: string): string => fields(line)[columns.indexOf(name)] ?? '';
    for (const line of lines) {
      const state = states.find((s) => s.iso3 === col(line, 'iso_a3'));
      expect(state?.isoNumeric, col(line, 'name')).toBe(col(line, 'iso_n3'));
      expect(state?.oas[0]?.date.slice(0, 4), `${col(line, 'name')} OAS`).toBe(col(line, 'oas_joined_year'));
      expect(state?.oas[0]?.status === 'founding-member', `${col(line, 'name')} founding`).toBe(
        col(line, 'oas_founding_signatory_1948') === 'Y',
      );
      expect(state?.celac[0]?.date ?? '', `${col(line, 'name')} CELAC`).toBe(col(line, 'celac_member') === 'Y' ? '2011-12-03' : '');
    }
  });
});

describe('content/membership/territories.yaml', () => {
  const territories = territoryEntries();

  it('gives every territory a world-atlas shape, once, and never a state’s', () => {
    const atlas = atlasIds();
    const stateShapes = new Set(membershipStates().map((s) => s.isoNumeric));
    for (const t of territories) {
      expect(atlas.has(t.id), `${t.name} (${t.id}) has a shape`).toBe(true);
      expect(stateShapes.has(t.id), `${t.name} (${t.id}) is not a state`).toBe(false);
    }
    expect(new Set(territories.map((t) => t.id)).size).toBe(territories.length);
  });

  it('rejects a shape id written as a number, with the fix in the message', () => {
    const result = territorySchema.safeParse({ id: 304, name: 'Greenland', note: 'an autonomous territory of Denmark' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/quoted three-digit string/);
  });
});

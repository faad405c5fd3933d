// Tests for src/rules/checklist.ts: every service × statuses × registry × residency × flags × medical setting.
import { expect } from 'chai';
import {
  normalizeRegistry,
  reasonCodes,
  RegistrySchema,
  requiredDocuments,
  type ChecklistItem,
} from '../../src/rules/checklist.js';
import {
  documentIds,
  registryKeys,
  residencyIds,
  serviceIds,
  statusIds,
  type RegistryKey,
  type ServiceId,
  type StatusId,
} from '../../src/rules/ids.js';

type Row = [doc: string, state: string, reason: string, params?: Record<string, string>];

function rows(items: ChecklistItem[]): Row[] {
  return items.map((i) => (i.params ? [i.doc, i.state, i.reason, i.params] : [i.doc, i.state, i.reason]));
}

describe('rules/checklist', () => {
  describe('literal tables', () => {
    const cases: [string, ServiceId, Record<string, unknown>, Record<string, unknown>, { medicalCertificates?: 'optional' | 'required' }, Row[]][] = [
      ['first grade, nothing known', 'school-enrollment', {}, {}, {}, [
        ['birth-certificate', 'required', 'no-civil-registry'],
        ['child-photo', 'required', 'always'],
        ['health-063', 'optional', 'medical-optional'],
        ['health-026', 'optional', 'medical-optional'],
        ['camp-health-079', 'optional', 'camp-optional'],
      ]],
      ['first grade, birth in the civil registry, medical required', 'school-enrollment', {}, { civilRegistry: true }, { medicalCertificates: 'required' }, [
        ['birth-certificate', 'registry', 'civil-registry'],
        ['child-photo', 'required', 'always'],
        ['health-063', 'required', 'medical-required'],
        ['health-026', 'required', 'medical-required'],
        ['camp-health-079', 'optional', 'camp-optional'],
      ]],
      ['first grade, born abroad despite the registry, foreigner, SEN, home education', 'school-enrollment',
        { bornAbroad: true, residency: 'foreigner', specialNeeds: true, homeEducation: true }, { civilRegistry: true }, {}, [
        ['birth-certificate', 'required', 'born-abroad'],
        ['child-photo', 'required', 'always'],
        ['pmpc-conclusion', 'required', 'special-needs'],
        ['mcc-conclusion', 'required', 'home-education'],
        ['residence-permit', 'required', 'residency', { residency: 'foreigner' }],
        ['health-063', 'optional', 'medical-optional'],
        ['health-026', 'optional', 'medical-optional'],
        ['camp-health-079', 'optional', 'camp-optional'],
      ]],
      ['first grade, oralman read as kandas, statuses partly in the registry', 'school-enrollment',
        { residency: 'oralman', statuses: ['emergency', 'orphan', 'low-income'] }, { civilRegistry: true, guardianship: true }, {}, [
        ['birth-certificate', 'registry', 'civil-registry'],
        ['child-photo', 'required', 'always'],
        ['kandas-certificate', 'required', 'residency', { residency: 'kandas' }],
        ['income-documents', 'required', 'status', { status: 'low-income' }],
        ['guardianship-decision', 'registry', 'status', { status: 'orphan' }],
        ['collegial-decision', 'required', 'status', { status: 'emergency' }],
        ['health-063', 'optional', 'medical-optional'],
        ['health-026', 'optional', 'medical-optional'],
        ['camp-health-079', 'optional', 'camp-optional'],
      ]],
      ['special school, whatever the answers', 'special-school-enrollment',
        { statuses: ['orphan'], residency: 'refugee', bornAbroad: true, homeEducation: true }, {}, { medicalCertificates: 'required' }, [
        ['pmpc-conclusion', 'required', 'always'],
      ]],
      ['meals, nothing in the registry', 'meal-subsidy', { statuses: ['social-assistance'] }, {}, {}, [
        ['birth-certificate', 'required', 'no-civil-registry'],
        ['marriage-certificate', 'required', 'no-marriage-registry'],
        ['social-assistance-certificate', 'required', 'status', { status: 'social-assistance' }],
      ]],
      ['meals, everything in the registry but the marriage was abroad', 'meal-subsidy',
        { statuses: ['social-assistance', 'unemployed-parents', 'emergency'], marriageAbroad: true, residency: 'stateless' },
        { civilRegistry: true, socialAssistance: true, unemployment: true, income: true, guardianship: true, marriage: true }, {}, [
        ['birth-certificate', 'registry', 'civil-registry'],
        ['marriage-certificate', 'required', 'marriage-abroad'],
        ['social-assistance-certificate', 'registry', 'status', { status: 'social-assistance' }],
        ['unemployment-certificate', 'registry', 'status', { status: 'unemployed-parents' }],
        ['collegial-decision', 'required', 'status', { status: 'emergency' }],
      ]],
      ['transport', 'school-transport', { specialNeeds: true }, { civilRegistry: true }, {}, [
        ['birth-certificate', 'registry', 'civil-registry'],
        ['study-certificate', 'required', 'always'],
      ]],
      ['home study', 'home-study', { specialNeeds: true }, {}, {}, [['mcc-conclusion', 'required', 'always']]],
      ['camps, married in the registry', 'camp-referral', { statuses: ['orphan'] }, { marriage: true }, {}, [
        ['birth-certificate', 'required', 'no-civil-registry'],
        ['marriage-certificate', 'registry', 'marriage-registry'],
        ['guardianship-decision', 'required', 'status', { status: 'orphan' }],
        ['camp-health-079', 'required', 'always'],
      ]],
      ['transfer', 'school-transfer', { statuses: ['orphan'], bornAbroad: true }, {}, {}, [['absentee-ballot', 'required', 'always']]],
    ];
    for (const [name, service, answers, registry, options, expected] of cases) {
      it(`${service}: ${name}`, () => {
        expect(rows(requiredDocuments(service, answers, registry, options))).to.deep.equal(expected);
      });
    }
  });

  describe('the whole matrix against the table of docs/rules.md', () => {
    /** What docs/rules.md says per service, as data (independent of the implementation's structure). */
    const table: Record<ServiceId, {
      birth?: true; marriage?: true; statuses?: true; residency?: true; sen?: true; home?: true; medical?: true;
      fixed: [string, string][];
    }> = {
      'school-enrollment': { birth: true, statuses: true, residency: true, sen: true, home: true, medical: true,
        fixed: [['child-photo', 'required'], ['camp-health-079', 'optional']] },
      'special-school-enrollment': { fixed: [['pmpc-conclusion', 'required']] },
      'meal-subsidy': { birth: true, marriage: true, statuses: true, fixed: [] },
      'school-transport': { birth: true, fixed: [['study-certificate', 'required']] },
      'home-study': { fixed: [['mcc-conclusion', 'required']] },
      'camp-referral': { birth: true, marriage: true, statuses: true, fixed: [['camp-health-079', 'required']] },
      'school-transfer': { fixed: [['absentee-ballot', 'required']] },
    };
    const statusTable: Record<StatusId, [string, RegistryKey | null]> = {
      'social-assistance': ['social-assistance-certificate', 'socialAssistance'],
      'unemployed-parents': ['unemployment-certificate', 'unemployment'],
      'low-income': ['income-documents', 'income'],
      orphan: ['guardianship-decision', 'guardianship'],
      emergency: ['collegial-decision', null],
    };
    const residencyTable: Record<string, string | null> = {
      citizen: null, foreigner: 'residence-permit', stateless: 'stateless-certificate', refugee: 'refugee-certificate',
      'asylum-seeker': 'asylum-seeker-certificate', kandas: 'kandas-certificate', oralman: 'kandas-certificate',
    };

    type Answers = { statuses: StatusId[]; residency: string; bornAbroad: boolean; specialNeeds: boolean; homeEducation: boolean; marriageAbroad: boolean };
    function expected(service: ServiceId, a: Answers, r: Partial<Record<RegistryKey, boolean>>, medical?: 'optional' | 'required'): Map<string, string> {
      const s = table[service];
      const out = new Map<string, string>(s.fixed);
      if (s.birth) out.set('birth-certificate', r.civilRegistry && !a.bornAbroad ? 'registry' : 'required');
      if (s.marriage) out.set('marriage-certificate', r.marriage && !a.marriageAbroad ? 'registry' : 'required');
      if (s.statuses) for (const st of a.statuses) {
        const [doc, key] = statusTable[st];
        out.set(doc, key && r[key] ? 'registry' : 'required');
      }
      if (s.residency && residencyTable[a.residency]) out.set(residencyTable[a.residency]!, 'required');
      if (s.sen && a.specialNeeds) out.set('pmpc-conclusion', 'required');
      if (s.home && a.homeEducation) out.set('mcc-conclusion', 'required');
      if (s.medical) {
        out.set('health-063', medical ?? 'optional');
        out.set('health-026', medical ?? 'optional');
      }
      return out;
    }

    function compare(service: ServiceId, a: Answers, r: Partial<Record<RegistryKey, boolean>>, medical?: 'optional' | 'required'): void {
      const items = requiredDocuments(service, a, r, medical ? { medicalCertificates: medical } : {});
      const label = JSON.stringify({ service, a, r, medical });
      expect(new Map(items.map((i) => [i.doc, i.state])), label).to.deep.equal(expected(service, a, r, medical));
      // Stable order, counts, and reason codes from the list.
      const order = items.map((i) => documentIds.indexOf(i.doc));
      expect(order, label).to.deep.equal([...order].sort((x, y) => x - y));
      for (const i of items) {
        expect(i.count, label).to.equal(i.doc === 'child-photo' ? 2 : 1);
        expect(reasonCodes, label).to.include(i.reason);
      }
    }

    const subsets = (list: readonly StatusId[]): StatusId[][] =>
      list.reduce<StatusId[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
    const registries = subsets(registryKeys as unknown as StatusId[]).map(
      (keys) => Object.fromEntries((keys as unknown as RegistryKey[]).map((k) => [k, true])) as Partial<Record<RegistryKey, boolean>>,
    );
    const base: Answers = { statuses: [], residency: 'citizen', bornAbroad: false, specialNeeds: false, homeEducation: false, marriageAbroad: false };

    for (const service of serviceIds) {
      it(`${service}: 32 status sets × 64 registries`, () => {
        expect(registries).to.have.length(64);
        for (const statuses of subsets(statusIds)) for (const r of registries) compare(service, { ...base, statuses }, r);
      });
      it(`${service}: residency (with the oralman alias) × 4 flags × medical setting × empty/full registry`, () => {
        const empty = {};
        const full = Object.fromEntries(registryKeys.map((k) => [k, true]));
        for (const residency of [...residencyIds, 'oralman'])
          for (let flags = 0; flags < 16; flags++)
            for (const medical of [undefined, 'optional', 'required'] as const)
              for (const r of [empty, full]) {
                const a: Answers = {
                  statuses: ['orphan', 'emergency'],
                  residency,
                  bornAbroad: (flags & 1) !== 0,
                  specialNeeds: (flags & 2) !== 0,
                  homeEducation: (flags & 4) !== 0,
                  marriageAbroad: (flags & 8) !== 0,
                };
                compare(service, a, r, medical);
              }
      });
    }
  });

  describe('lenient input', () => {
    it('treats missing answers and registry as defaults', () => {
      expect(rows(requiredDocuments('meal-subsidy', undefined))).to.deep.equal([
        ['birth-certificate', 'required', 'no-civil-registry'],
        ['marriage-certificate', 'required', 'no-marriage-registry'],
      ]);
    });
    it('ignores unknown statuses, duplicates and bad flag types, and asks when a registry value is not true', () => {
      const items = requiredDocuments(
        'meal-subsidy',
        { statuses: ['orphan', 'sen', 'orphan'], bornAbroad: 'yes', residency: 'martian' },
        { civilRegistry: 'true', marriage: 1, guardianship: true },
      );
      expect(rows(items)).to.deep.equal([
        ['birth-certificate', 'required', 'no-civil-registry'],
        ['marriage-certificate', 'required', 'no-marriage-registry'],
        ['guardianship-decision', 'registry', 'status', { status: 'orphan' }],
      ]);
    });
    it('throws on an unknown service', () => {
      expect(() => requiredDocuments('first-grade' as ServiceId, {})).to.throw(RangeError);
    });
    it('throws RangeError, not TypeError, for names of Object.prototype and non-strings', () => {
      for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', 42, undefined, null]) {
        expect(() => requiredDocuments(name as ServiceId, {}), String(name)).to.throw(RangeError);
      }
    });
    it('reads residency whatever its case and spaces, and oralman as kandas', () => {
      for (const [residency, doc] of [
        ['Oralman', 'kandas-certificate'], [' kandas ', 'kandas-certificate'], ['ORALMAN', 'kandas-certificate'],
        ['\tForeigner\n', 'residence-permit'], [' Asylum-Seeker', 'asylum-seeker-certificate'],
      ]) {
        const items = requiredDocuments('school-enrollment', { residency });
        expect(items.filter((i) => i.reason === 'residency').map((i) => i.doc), residency).to.deep.equal([doc]);
      }
      expect(requiredDocuments('school-enrollment', { residency: 'constructor' }).some((i) => i.reason === 'residency')).to.equal(false);
    });
  });

  describe('registry schema', () => {
    it('fills missing keys with false', () => {
      expect(RegistrySchema.parse({ marriage: true })).to.deep.equal({
        civilRegistry: false, socialAssistance: false, unemployment: false, income: false, guardianship: false, marriage: true,
      });
    });
    it('rejects non-boolean values (the strict schema for hosts and servers)', () => {
      expect(RegistrySchema.safeParse({ civilRegistry: 'true' }).success).to.equal(false);
    });
    it('normalizes anything but true to false for the checklist', () => {
      expect(normalizeRegistry({ civilRegistry: 'true', income: true })).to.deep.equal({
        civilRegistry: false, socialAssistance: false, unemployment: false, income: true, guardianship: false, marriage: false,
      });
      expect(normalizeRegistry(null).civilRegistry).to.equal(false);
    });
  });
});

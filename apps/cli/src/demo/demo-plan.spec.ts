import { CASE_STATUSES, CreateCaseDto } from '@teilhabe/cases';
import { EXCLUSION_PATTERNS } from '@teilhabe/rules';
import { toFieldErrors } from '@teilhabe/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { planDemo, schoolYearStart } from './demo-plan';

describe('demo data plan', () => {
  const today = '2026-11-23';
  const plan = planDemo(today);

  it('is the same on every run', () => {
    expect(planDemo(today)).toEqual(plan);
  });

  it('has a few hundred cases over every pattern and status and two school years', () => {
    expect(plan.cases.length).toBeGreaterThanOrEqual(200);
    const patterns = new Set(plan.cases.flatMap((c) => c.patterns));
    expect([...patterns].sort()).toEqual([...EXCLUSION_PATTERNS].sort());
    const statuses = new Set(plan.cases.map((c) => c.steps.at(-1)?.to ?? 'received'));
    expect([...statuses].sort()).toEqual([...CASE_STATUSES].sort());
    const years = new Set(plan.cases.map((c) => schoolYearStart(c.receivedAt)));
    expect([...years].sort()).toEqual(['2025-08-01', '2026-08-01']);
    expect(plan.schoolYears).toEqual(['2025/26', '2026/27']);
  });

  it('spreads facilities of every kind over several districts', () => {
    expect(new Set(plan.facilities.map((f) => f.district)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(plan.facilities.map((f) => f.kind))).toEqual(
      new Set(['kita', 'ogs', 'ogs_foerderschule']),
    );
    expect(new Set(plan.providers.map((p) => p.type))).toEqual(
      new Set(['free', 'municipal', 'church']),
    );
  });

  it('places every facility in a town of its district, so that parents find it by town', () => {
    const towns = plan.providers.flatMap((p) => p.facilities.map((f) => [f.postalCode, f.city]));
    expect(towns.length).toBeGreaterThan(20);
    for (const [postalCode, city] of towns) {
      expect(postalCode).toMatch(/^\d{5}$/);
      expect(city).toMatch(/^\p{Lu}/u);
    }
    expect(new Set(towns.map(([, city]) => city)).size).toBeGreaterThan(10);
  });

  it('only plans cases the API itself would accept, received by today', () => {
    for (const planned of plan.cases) {
      const dto = plainToInstance(CreateCaseDto, {
        facilityId: '6f1c9a52-2f5e-4d0e-9f8e-1c2b3a4d5e6f',
        receivedAt: planned.receivedAt,
        channel: planned.channel,
        guardian: planned.guardian,
        child: planned.child,
        patterns: planned.patterns,
        description: planned.description,
      });
      expect(toFieldErrors(validateSync(dto))).toEqual([]);
      expect(planned.receivedAt <= today).toBe(true);
      const times = [planned.createdAt, ...planned.steps.map((s) => s.at)];
      expect([...times].sort()).toEqual(times);
    }
  });
});

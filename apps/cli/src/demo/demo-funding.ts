// Demo data of the funding module: the pool models seed 000 describes, with its figures, and
// the settlement with the Rhein-Sieg-Kreis for the school year 2020/2021.
import { type INestApplicationContext } from '@nestjs/common';
import { type Actor } from '@teilhabe/common';
import { DistrictsService } from '@teilhabe/districts';
import { AllocationsService, SchoolsService } from '@teilhabe/funding';

interface DemoPool {
  district: string;
  name: string;
  staffCount?: number;
  hoursPerWeek?: string;
  payGrade?: string;
  personnelCosts?: string;
  notes: string;
  /** Schools of Gemeinsames Lernen of the district in the demo (primary, secondary). */
  schools: { primary: number; secondary: number };
  /** How many of them took part, per school year (the first ones, primary schools first). */
  years: Record<string, number>;
}

/** Seed 000, section III: the figures as the ministry's notes give them. */
export const DEMO_POOLS: DemoPool[] = [
  {
    district: 'StädteRegion Aachen',
    name: 'KOBSI – Koordinierungs- und Beratungsstelle für systemische Inklusionsassistenz',
    staffCount: 26,
    hoursPerWeek: '35',
    payGrade: 'S4 TVöD',
    notes:
      'Eine systemische Schulbegleitung je Schule (35 Stunden je Woche, im Unterricht und in der OGS), fachliche Aufsicht der Schulleitungen; dazu zwei Fachkräfte in Teilzeit in der Beratungsstelle. 2021/2022: 26 Schulen (17 Grundschulen, 9 weiterführende Schulen); 2018/2019: 13 Schulen.',
    schools: { primary: 17, secondary: 9 },
    years: { '2018/2019': 13, '2021/2022': 26 },
  },
  {
    district: 'Bonn',
    name: 'Basisunterstützung Schulbegleitung',
    notes:
      'Schulbegleitungen in allen Schulformen: 2019/2020 an 68 von 102 Schulen; 84 von 449 Schülerinnen und Schülern teilten sich eine Schulbegleitung. 22 Zuteilungsräume mit je einem Leistungsanbieter; 28 Sonderregelungen außerhalb des Modells.',
    schools: { primary: 60, secondary: 42 },
    years: { '2019/2020': 68 },
  },
  {
    district: 'Dortmund',
    name: 'SchubiDo – Schulbegleitung in Dortmund',
    personnelCosts: '16000000.00',
    notes:
      'Budgetschulen und Individualschulen: 2018/2019 erfolgten 152 von 183 Schulbegleitungen im Budgetverfahren, dazu 23 weitere. 16 Mio. € jährlich (Stand 2019, davon 1,2 Mio. € aus Korb II).',
    schools: { primary: 0, secondary: 0 },
    years: {},
  },
  {
    district: 'Kreis Düren',
    name: 'MosIK – Modellprojekt zum systemischen Einsatz von Inklusionsassistenzen',
    staffCount: 27,
    notes:
      'Begonnen 2018 mit zwei Modellschulen; 20 Schulen, 27 Inklusionsassistenzstellen. Die Mittel der Inklusionspauschale sind vollständig im Projekt gebunden.',
    schools: { primary: 14, secondary: 6 },
    years: { '2021/2022': 20 },
  },
  {
    district: 'Rhein-Kreis Neuss',
    name: 'Schulbegleiterpools Neuss (Konzeptentwurf)',
    notes:
      'Bisher nur ein Konzeptentwurf: Ausstattung je Schule nach den Gegebenheiten des Standorts; die Finanzierung ist noch offen.',
    schools: { primary: 0, secondary: 0 },
    years: {},
  },
];

/** The Rhein-Sieg-Kreis, 2020/2021 (seed 000, § 1 of the agreement). Dates are not in the seed. */
export const DEMO_SETTLEMENT = {
  district: 'Rhein-Sieg-Kreis',
  schoolYear: '2020/2021',
  amount: '891931.68',
  decidedAt: '2020-11-02',
  paidAt: '2021-03-15',
  deemedProperlyUsed: '422362.00',
  agreedAt: '2022-03-15',
};

export async function seedFunding(app: INestApplicationContext, actor: Actor): Promise<void> {
  const districts = new Map((await app.get(DistrictsService).list()).map((d) => [d.name, d.id]));
  const schools = app.get(SchoolsService);
  const allocations = app.get(AllocationsService);
  const idOf = (name: string) => {
    const id = districts.get(name);
    if (!id) throw new Error(`unknown district ${name}`);
    return id;
  };
  for (const pool of DEMO_POOLS) {
    const districtId = idOf(pool.district);
    const ids: string[] = [];
    const make = async (level: 'primary' | 'secondary', count: number) => {
      for (let i = 1; i <= count; i++) {
        const name = `${level === 'primary' ? 'Grundschule' : 'Weiterführende Schule'} ${i} (${pool.district})`;
        ids.push(
          (
            await schools.createSchool(
              {
                name,
                level,
                commonLearning: true,
                schoolAuthority: pool.district,
                districtId,
              },
              actor,
            )
          ).id,
        );
      }
    };
    await make('primary', pool.schools.primary);
    await make('secondary', pool.schools.secondary);
    await schools.createPoolModel(
      {
        name: pool.name,
        districtId,
        staffCount: pool.staffCount,
        hoursPerWeek: pool.hoursPerWeek,
        payGrade: pool.payGrade,
        personnelCosts: pool.personnelCosts,
        notes: pool.notes,
        schoolYears: Object.entries(pool.years).map(([schoolYear, n]) => ({
          schoolYear,
          schoolIds: ids.slice(0, n),
        })),
      },
      actor,
    );
  }
  const s = DEMO_SETTLEMENT;
  const allocation = await allocations.create(
    {
      districtId: idOf(s.district),
      schoolYear: s.schoolYear,
      amount: s.amount,
      decidedAt: s.decidedAt,
      paidAt: s.paidAt,
    },
    actor,
  );
  await allocations.addExpenditure(
    allocation.id,
    {
      category: 'general_budget',
      amount: s.amount,
      description:
        'Verbucht als allgemeine Zuweisung (Produktgruppe „Steuern, allgemeine Zuweisungen, allgemeine Umlagen“)',
    },
    actor,
  );
  await allocations.settle(
    allocation.id,
    { deemedProperlyUsed: s.deemedProperlyUsed, agreedAt: s.agreedAt },
    actor,
  );
}

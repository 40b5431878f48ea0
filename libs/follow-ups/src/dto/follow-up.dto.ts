import { BooleanField, EnumField, TextField } from '@teilhabe/common';

export const DUE_WINDOWS = ['overdue', 'today', 'week'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

export class FollowUpQueryDto {
  @EnumField(DUE_WINDOWS, {
    optional: true,
    description:
      'overdue: passed and not yet dealt with; today: ends today; week: ends within seven days ' +
      '(Berlin days). Without: every running and paused deadline.',
  })
  due?: DueWindow;

  @BooleanField({ optional: true, query: true, description: 'true: only cases I work' })
  mine?: boolean;
}

export class PauseDto {
  @TextField({
    max: 2000,
    multiline: true,
    example: 'Stellungnahme des Jugendamts angefordert.',
  })
  reason!: string;
}

export class EscalationQueryDto {
  @BooleanField({ optional: true, query: true, description: 'false: also acknowledged ones' })
  open?: boolean;
}

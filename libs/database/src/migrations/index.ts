import { Initial1795414778226 } from './1795414778226-Initial';
import { EncryptPersonalData1795415149850 } from './1795415149850-EncryptPersonalData';
import { AuditLog1795415388793 } from './1795415388793-AuditLog';
import { Accounts1795415658150 } from './1795415658150-Accounts';
import { Retention1795416947939 } from './1795416947939-Retention';
import { AuditLogAlwaysAppendOnly1795418576391 } from './1795418576391-AuditLogAlwaysAppendOnly';
import { LoginThrottle1795418626250 } from './1795418626250-LoginThrottle';
import { CareContracts1795420810438 } from './1795420810438-CareContracts';
import { CaseFacts1795421260451 } from './1795421260451-CaseFacts';
import { EncryptCaseNarratives1796324945219 } from './1796324945219-EncryptCaseNarratives';
import { AccountSafeguards1796354016939 } from './1796354016939-AccountSafeguards';
import { JobOutbox1796358001257 } from './1796358001257-JobOutbox';
import { CaseAssigneeAndContractWithdrawal1796640218581 } from './1796640218581-CaseAssigneeAndContractWithdrawal';
import { FacilityTown1796640371154 } from './1796640371154-FacilityTown';
import { RateLimits1796640645538 } from './1796640645538-RateLimits';
import { FollowUpsAndEscalations1796644635251 } from './1796644635251-FollowUpsAndEscalations';
import { CaseConsents1796646725236 } from './1796646725236-CaseConsents';
import { Letters1796646887516 } from './1796646887516-Letters';
import { Funding1796651985835 } from './1796651985835-Funding';
import { AllocationLetters1796652401367 } from './1796652401367-AllocationLetters';
import { CaseStatistics1796654106032 } from './1796654106032-CaseStatistics';
import { CaseStatisticsMonthly1796655242242 } from './1796655242242-CaseStatisticsMonthly';
import { CaseStatisticsMonthlyIndex1796657159080 } from './1796657159080-CaseStatisticsMonthlyIndex';
import { ReferencePopulations1796662585844 } from './1796662585844-ReferencePopulations';
import { DisabilityExclusionPattern1796664000000 } from './1796664000000-DisabilityExclusionPattern';

/** Every migration, in order. New ones are generated with `npm run db:generate -- <Name>`. */
export const migrations = [
  Initial1795414778226,
  EncryptPersonalData1795415149850,
  AuditLog1795415388793,
  Accounts1795415658150,
  Retention1795416947939,
  AuditLogAlwaysAppendOnly1795418576391,
  LoginThrottle1795418626250,
  CareContracts1795420810438,
  CaseFacts1795421260451,
  EncryptCaseNarratives1796324945219,
  AccountSafeguards1796354016939,
  JobOutbox1796358001257,
  CaseAssigneeAndContractWithdrawal1796640218581,
  FacilityTown1796640371154,
  RateLimits1796640645538,
  FollowUpsAndEscalations1796644635251,
  CaseConsents1796646725236,
  Letters1796646887516,
  Funding1796651985835,
  AllocationLetters1796652401367,
  CaseStatistics1796654106032,
  CaseStatisticsMonthly1796655242242,
  CaseStatisticsMonthlyIndex1796657159080,
  ReferencePopulations1796662585844,
  DisabilityExclusionPattern1796664000000,
];

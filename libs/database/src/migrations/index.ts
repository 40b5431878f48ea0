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
];

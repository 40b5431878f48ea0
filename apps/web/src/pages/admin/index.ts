// The administrators' pages, one chunk loaded when an administrator opens one of them.
export { Account } from './Account';
export { Accounts } from './Accounts';
export { AuditLog } from './AuditLog';
export { NewAccount } from './NewAccount';
export { ReferencePopulations } from './ReferencePopulations';

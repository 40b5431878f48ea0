// What the pages read from the API: the schemas of its OpenAPI document, under short names.
import type { Schemas } from './api';

export type Me = Schemas['UserView'];
export type District = Schemas['DistrictView'];
export type CaseSummary = Schemas['CaseSummary'];
export type CaseDetail = Schemas['CaseDetail'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type TextCheck = Schemas['TextCheckView'];
export type Finding = Schemas['FindingView'];
export type FacilityView = Schemas['FacilityView'];
export type ExclusionPattern = Schemas['ExclusionPattern'];
export type CaseStatus = Schemas['CaseStatus'];
export type UserRole = Schemas['UserRole'];
export type Account = Schemas['AccountView'];
export type AuditEntry = Schemas['AuditView'];

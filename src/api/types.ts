/** Friendly names for the generated OpenAPI types (src/api/openapi.gen.ts is generated: do not edit it). */
import type { components } from './openapi.gen.js';

type Schemas = components['schemas'];
export type Dialog = Schemas['Dialog'];
export type DialogListItem = Schemas['DialogListItem'];
export type DialogStatus = Schemas['DialogStatus'];
export type DialogGuiAction = Schemas['DialogGuiAction'];
export type DialogAttachment = Schemas['DialogAttachment'];
export type DialogAttachmentUrl = Schemas['DialogAttachmentUrl'];
export type DialogTransmission = Schemas['DialogTransmission'];
export type DialogActivity = Schemas['DialogActivity'];
export type DialogSeenLog = Schemas['DialogSeenLog'];
export type ContentValue = Schemas['ContentValue'];
export type Localization = Schemas['Localization'];
export type ProblemDetails = Schemas['ProblemDetails'];
export type AuthorizedParty = Schemas['AuthorizedParty'];
export type Parties = Schemas['Parties'];
export type SearchResult = Schemas['PaginatedListOfDialogListItem'];
export type SystemLabel = Schemas['SystemLabel'];
export type Limits = Schemas['Limits'];

/** Sort orders the search endpoint accepts. */
export type OrderBy =
  | 'contentUpdatedAt_desc'
  | 'contentUpdatedAt_asc'
  | 'updatedAt_desc'
  | 'updatedAt_asc'
  | 'createdAt_desc'
  | 'createdAt_asc'
  | 'dueAt_desc'
  | 'dueAt_asc';

/** Query for GET /dialogs. Arrays become repeated parameters (OR-ed by the server, except systemLabel). */
export interface SearchQuery {
  party?: string[];
  serviceResource?: string[];
  org?: string[];
  status?: DialogStatus[];
  systemLabel?: SystemLabel[];
  extendedStatus?: string[];
  search?: string;
  searchLanguageCode?: string;
  excludeApiOnly?: boolean;
  isContentSeen?: boolean;
  updatedAfter?: string;
  updatedBefore?: string;
  orderBy?: OrderBy;
  limit?: number;
  continuationToken?: string;
}

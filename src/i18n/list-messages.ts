/**
 * UI texts of the list's finding and bulk features (folders, filters, search, bulk actions, parties), kept
 * apart from the core catalogs. Spread into each language's catalog; every key must exist in all three.
 */
export const listEn = {
  folders: 'Folders',
};

export const listNb: typeof listEn = {
  folders: 'Mapper',
};

export const listNn: typeof listEn = {
  folders: 'Mapper',
};

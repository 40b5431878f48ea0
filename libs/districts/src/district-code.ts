import { slugify } from '@teilhabe/common';

/** The stable key of a district, derived from its name: "Köln" → "koeln". */
export function districtCode(name: string): string {
  return slugify(name);
}

import { useEffect } from 'react';

/** Every page has its own title: "Fälle – Teilhabe". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Teilhabe`;
  }, [title]);
}

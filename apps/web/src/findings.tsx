import type { ReactNode } from 'react';
import { patternLabel } from './labels';
import type { Finding } from './types';

export const VERDICT_LABELS: Record<string, string> = {
  unlawful: 'Unzulässig',
  review: 'Zu prüfen',
  lawful: 'Keine unzulässige Nebenabrede gefunden',
};

/** The text with each finding's evidence marked (by verdict), as the rules located it. */
export function MarkedText({ text, findings }: { text: string; findings: Finding[] }) {
  const spans = [...findings].sort((a, b) => a.evidence.start - b.evidence.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, f] of spans.entries()) {
    if (f.evidence.start < at) continue;
    parts.push(text.slice(at, f.evidence.start));
    parts.push(
      <mark key={i} className={`verdict-${f.verdict}`}>
        {text.slice(f.evidence.start, f.evidence.end)}
      </mark>,
    );
    at = f.evidence.end;
  }
  parts.push(text.slice(at));
  return <p className="evidence">{parts}</p>;
}

/** Each finding: verdict, pattern, the explanation for a letter, the norms. */
export function FindingItems({ findings }: { findings: Finding[] }) {
  return (
    <ul className="finding-list">
      {findings.map((f, i) => (
        <li key={i}>
          <strong>{VERDICT_LABELS[f.verdict] ?? f.verdict}</strong>
          {f.pattern && `: ${patternLabel(f.pattern)}`}
          <p>{f.explanation}</p>
          {f.norms.length > 0 && <p className="sub">Normen: {f.norms.join('; ')}</p>}
        </li>
      ))}
    </ul>
  );
}

import { EXCLUSION_PATTERN_LABELS } from './labels';
import type { ExclusionPattern } from './types';

/** The exclusion patterns as checkboxes, in a fieldset with its legend. */
export function PatternChecks({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: ExclusionPattern[];
  onChange: (patterns: ExclusionPattern[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(Object.keys(EXCLUSION_PATTERN_LABELS) as ExclusionPattern[]).map((pattern) => (
        <label key={pattern} className="check">
          <input
            type="checkbox"
            checked={value.includes(pattern)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, pattern] : value.filter((p) => p !== pattern))
            }
          />{' '}
          {EXCLUSION_PATTERN_LABELS[pattern]}
        </label>
      ))}
    </fieldset>
  );
}

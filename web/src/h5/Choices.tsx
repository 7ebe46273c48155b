import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
}

/**
 * One choice among a few, as chips: native radio buttons in a fieldset, so Tab reaches the group, the
 * arrow keys move the choice, and a screen reader or a switch device reads and operates it like any
 * form (antd-mobile's Selector and Radio are not reachable by keyboard). Each chip is at least
 * 48 px tall, 60 × 60 in care mode (h5.css).
 */
export function Choices<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  testId,
  hint,
  stack,
}: {
  legend: string;
  name: string;
  options: Array<Choice<T>>;
  value: T | undefined;
  onChange: (v: T) => void;
  testId?: string;
  /** A line under the chips (e.g. the category the platform suggests). */
  hint?: ReactNode;
  /** One chip per line, for long labels (a building's full name). */
  stack?: boolean;
}) {
  return (
    <fieldset className="h5-choices" data-testid={testId}>
      <legend className="h5-choices-legend">{legend}</legend>
      <div className={stack ? 'h5-choices-list h5-choices-stack' : 'h5-choices-list'}>
        {options.map((o) => (
          <label key={o.value} className={value === o.value ? 'h5-choice on' : 'h5-choice'}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              data-testid={testId ? `${testId}-${o.value}` : undefined}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && <div className="h5-choices-hint">{hint}</div>}
    </fieldset>
  );
}

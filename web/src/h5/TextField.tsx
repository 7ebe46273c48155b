import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value?: string;
  onChange?: (v: string) => void;
};

/**
 * A plain, large text input for the resident pages. antd-mobile's Form.Item gives it its id (so the label
 * points at it), value and onChange; being a native input, data-testid lands on the element tests fill.
 */
export function TextField({ value, onChange, className, ...rest }: Props) {
  return (
    <input
      {...rest}
      className={`h5-input ${className ?? ''}`}
      value={value ?? ''}
      onChange={(e) => onChange?.(e.target.value)}
    />
  );
}

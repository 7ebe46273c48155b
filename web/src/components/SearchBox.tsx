import { Input } from 'antd';

/** A labelled search field that reports its trimmed text on Enter or the search button. */
export function SearchBox({
  label,
  onSearch,
  width = 220,
}: {
  label: string;
  onSearch: (q: string | undefined) => void;
  width?: number;
}) {
  return (
    <Input.Search
      allowClear
      placeholder={label}
      aria-label={label}
      style={{ width }}
      maxLength={50}
      data-testid="search"
      onSearch={(v) => onSearch(v.trim() || undefined)}
    />
  );
}

import { useEffect, useRef } from 'react';
import { useData } from '../../state/store.ts';
import { NameCombobox } from './NameCombobox.tsx';

interface Props {
  /** Called with the chosen node id: the app selects and centres it. */
  onChoose(id: string): void;
}

/** The main search: type-ahead over names and aliases (typo-tolerant); "/" focuses it from anywhere. */
export function SearchBox({ onChoose }: Props) {
  const data = useData();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!data) return null;
  return (
    <NameCombobox
      names={data.names}
      label="Search names and aliases"
      placeholder="Search people, agencies, companies…  ( / )"
      limit={8}
      inputRef={input}
      reportEmpty
      onChoose={(id) => {
        onChoose(id);
        input.current?.blur();
      }}
    />
  );
}

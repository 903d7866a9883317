import { useEffect, useRef } from 'preact/hooks';

/**
 * A section the popup links to (`report.html#<id>`): scrolled to and focused once it renders. The
 * browser's own jump to the fragment comes too early: the section appears only after progress loaded.
 */
export function useHashTarget<T extends HTMLElement>(id: string) {
  const section = useRef<T>(null);
  useEffect(() => {
    if (location.hash !== `#${id}`) return;
    section.current?.scrollIntoView();
    section.current?.focus();
  }, []);
  return section;
}

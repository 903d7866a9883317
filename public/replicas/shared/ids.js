// Generated element ids, the way ExtJS hands them out.
// ExtJS numbers components and elements from one page-wide counter, so an id
// depends on render order and timing and is NOT stable across loads or
// re-renders. We start each load at a random offset so nothing (the extension,
// its tests) can come to rely on a particular number by accident.

export function createIdGen(start = 1000 + Math.floor(Math.random() * 8000)) {
  let n = start;
  return {
    /** ExtJS 3 element id, e.g. ext-gen1234 */
    gen: () => `ext-gen${n++}`,
    /** ExtJS 3 component id, e.g. ext-comp-1045 */
    comp: () => `ext-comp-${n++}`,
    /** ExtJS 4 component id, xtype based, e.g. button-1011, tab-1034 */
    x4: (xtype) => `${xtype}-${n++}`,
  };
}

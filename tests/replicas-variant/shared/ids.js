// Generated element ids, as ExtJS makes them: different on every load (the counters start at a random
// number), so no locator can rely on them.

const start = () => 1000 + Math.floor(Math.random() * 8000);
let gen = start();
let comp = start();
let x4 = start();

/** ExtJS 3 element id: ext-gen1234. */
export const extGen = () => `ext-gen${gen++}`;
/** ExtJS 3 component id: ext-comp-1234. */
export const extComp = () => `ext-comp-${comp++}`;
/** ExtJS 4 component id: button-1234, tab-1234, panel-1234 … */
export const x4Id = (xtype) => `${xtype}-${x4++}`;
/** A modern app's generated id (React-style: ":r1a:"-like, here "uid-3f9k"). */
export const uid = (prefix = 'uid') => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

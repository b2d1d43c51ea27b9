// Ids that Object.prototype has: each must be ordinary data everywhere (see hostileIds.test.ts).
export const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;

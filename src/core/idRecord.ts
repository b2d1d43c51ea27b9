// Ids come from data and links: any string, '__proto__' and 'constructor' included. Where an object is keyed
// by id (positions travel as plain objects to the layout worker and into links), it is made and read here.

/** An empty object to key by id: no prototype, so '__proto__' or 'constructor' is an ordinary key. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value stored under an id, never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

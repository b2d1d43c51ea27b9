// A small FtM dataset for the server tests: two officials, a company they own, a family tie, a post, a
// passport and sanctions, so every kind of row (names, identifiers, edges, measures) is exercised.
export const PEOPLE = [
  {
    id: 'p-wang',
    schema: 'Person',
    properties: { name: ['Wang Junhai'], alias: ['Junhai Wang', '王俊海'], nationality: ['cn'] },
  },
  {
    id: 'p-abbasi',
    schema: 'Person',
    properties: { name: ['Ahmad Abbasi'], alias: ['Abbasi, Ahmad'], nationality: ['ir'] },
  },
  { id: 'p-leila', schema: 'Person', properties: { name: ['Leila Abbasi'] } },
];

export const FIXTURE = [
  ...PEOPLE,
  {
    id: 'c-star',
    schema: 'Company',
    properties: { name: ['Golden Star Trading LLC'], registrationNumber: ['RU-7701 2345'], innCode: ['7701234567'] },
  },
  { id: 'c-dragon', schema: 'Company', properties: { name: ['Eastern Dragon Shipping'] } },
  { id: 'b-bureau', schema: 'PublicBody', properties: { name: ['Kashgar Public Security Bureau'] } },
  { id: 'own-1', schema: 'Ownership', properties: { owner: ['p-abbasi'], asset: ['c-star'], percentage: ['60'] } },
  { id: 'own-2', schema: 'Ownership', properties: { owner: ['c-star'], asset: ['c-dragon'] } },
  {
    id: 'link-1',
    schema: 'UnknownLink',
    properties: { subject: ['c-star'], object: ['b-bureau'], role: ['supplier'] },
  },
  {
    id: 'fam-1',
    schema: 'Family',
    properties: { person: ['p-abbasi'], relative: ['p-leila'], relationship: ['spouse'] },
  },
  { id: 'pos-1', schema: 'Position', properties: { name: ['Director of the Bureau'], organization: ['b-bureau'] } },
  { id: 'occ-1', schema: 'Occupancy', properties: { holder: ['p-wang'], post: ['pos-1'], startDate: ['2016'] } },
  { id: 'dir-1', schema: 'Directorship', properties: { director: ['p-wang'], organization: ['c-dragon'] } },
  { id: 'pass-1', schema: 'Passport', properties: { holder: ['p-abbasi'], number: ['X1234567'] } },
  {
    id: 's-ofac-1',
    schema: 'Sanction',
    properties: {
      entity: ['p-abbasi'],
      authority: ['Office of Foreign Assets Control'],
      program: ['SDGT'],
      listingDate: ['2020-03-01'],
    },
  },
  {
    id: 's-uk-1',
    schema: 'Sanction',
    properties: {
      entity: ['c-star'],
      authority: ['UK Foreign, Commonwealth and Development Office'],
      provisions: ['Asset freeze', 'Travel ban'],
    },
  },
];

import { describe, expect, it } from 'vitest';
import { defaultCuration } from '../../../src/core/view/curation.ts';
import { curationCitationText } from '../../../src/core/view/curationText.ts';

describe('curation in the citation list', () => {
  it('lists the title, caption and each note with its subject', () => {
    const text = curationCitationText(
      {
        ...defaultCuration(),
        title: 'Who ran the XPSB',
        caption: 'Two\nlines',
        notes: [
          { id: 'n1', text: 'ran IJOP', target: { type: 'edge', id: 'm1' } },
          { id: 'n2', text: 'free', target: { type: 'point', x: 0, y: 0 } },
        ],
      },
      (t) => (t.type === 'edge' ? 'US Treasury → Chen Quanguo' : 'free note'),
    );
    expect(text).toBe(
      'View: Who ran the XPSB\nTwo lines\n\nNotes in this view\n- ran IJOP (US Treasury → Chen Quanguo)\n- free (free note)\n\n',
    );
    expect(curationCitationText(defaultCuration(), () => '')).toBe('');
  });
});

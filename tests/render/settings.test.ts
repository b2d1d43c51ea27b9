import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/core/view/validate.ts';
import { DEFAULT_RENDER_SETTINGS, RenderSettingsError, resolveSettings } from '../../src/render/settings.ts';

describe('render settings', () => {
  it('zooms within the limits a link camera is checked against', () => {
    expect(DEFAULT_RENDER_SETTINGS.minZoom).toBe(MIN_ZOOM);
    expect(DEFAULT_RENDER_SETTINGS.maxZoom).toBe(MAX_ZOOM);
  });

  it('lays a partial over the defaults', () => {
    const settings = resolveSettings({ fastDrawingMinNodes: 10 });
    expect(settings.fastDrawingMinNodes).toBe(10);
    expect(settings.forceLayoutMaxNodes).toBe(DEFAULT_RENDER_SETTINGS.forceLayoutMaxNodes);
  });

  it('refuses settings out of range, naming the setting', () => {
    expect(() => resolveSettings({ sliceBudgetMs: -1 })).toThrow(/sliceBudgetMs/);
    expect(() => resolveSettings({ detailMargin: Number.NaN })).toThrow(RenderSettingsError);
    expect(() => resolveSettings({ minZoom: 30 })).toThrow(/minZoom/);
  });
});

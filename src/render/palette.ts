// The canvas's colours: the themes, and (re-exported) the kind look table of core/model/kindLook.ts.
export * from '../core/model/kindLook.ts';

export interface Theme {
  background: string;
  text: string;
  textOutline: string;
  dim: number;
  /** Opacity of a node none of whose relations is shown at the "as of" date: lighter than shown, above dimmed. */
  unconnected: number;
  highlight: string;
  path: string;
}

/** The line width of a measure announced on the "as of" day itself (canvas and SVG export). */
export const ANNOUNCED_NOW_WIDTH = 5;

export const THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    background: '#ffffff',
    text: '#1b1b1b',
    textOutline: '#ffffff',
    dim: 0.15,
    unconnected: 0.35,
    highlight: '#000000',
    path: '#F0E442',
  },
  dark: {
    background: '#14161a',
    text: '#f0f0f0',
    textOutline: '#14161a',
    dim: 0.2,
    unconnected: 0.4,
    highlight: '#ffffff',
    path: '#F0E442',
  },
};

// cytoscape-svg ships no types: the extension's registration function.
declare module 'cytoscape-svg' {
  const register: (cy: typeof import('cytoscape')) => void;
  export default register;
}

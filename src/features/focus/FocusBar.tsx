// Placeholder wired into App.tsx; its owner replaces it.
export function FocusBar() {
  return null;
}

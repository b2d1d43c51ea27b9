// Placeholder wired into App.tsx; its owner replaces it.
export function TimeBar() {
  return null;
}

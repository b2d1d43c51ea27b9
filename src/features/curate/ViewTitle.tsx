// The view's title and caption, above the canvas in the app and in the embed. Plain text only.
import { useAppStore } from '../../state/store.ts';

export function ViewTitle() {
  const title = useAppStore((s) => s.view.curation.title);
  const caption = useAppStore((s) => s.view.curation.caption);
  if (title === '' && caption === '') return null;
  return (
    <div className="view-title">
      {title !== '' && <h2 data-view-title="">{title}</h2>}
      {caption !== '' && <p className="view-caption">{caption}</p>}
    </div>
  );
}

import type { EntityNode, Role } from '../../core/model/schema.ts';
import { NodeLink } from '../../ui/links.tsx';
import { splitPostTitle } from './panelText.ts';

/** A post's title with its organisation as a link, the organisation's name written once. */
export function PostTitle({ role, organization }: { role: Pick<Role, 'title'>; organization: EntityNode }) {
  const split = splitPostTitle(role.title, organization.name);
  if (!split) {
    return (
      <>
        <strong>{role.title}</strong>, <NodeLink node={organization} />
      </>
    );
  }
  return (
    <strong>
      {split.before}
      <NodeLink node={organization} />
      {split.after}
    </strong>
  );
}

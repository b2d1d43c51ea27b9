import { useEffect, useState } from 'react';
import { serverRequest } from '../../state/serverDetect.ts';
import {
  declineServer,
  expand,
  followPath,
  ftmIdOf,
  openEntity,
  startServerMode,
  useServerMode,
} from '../../state/serverMode.ts';
import { useData, useView } from '../../state/store.ts';
import { ServerSearch } from './ServerSearch.tsx';
import './server.css';

/** The top search box in server mode: it searches the server, and choosing draws the entity's neighbourhood. */
export function ServerSearchBox() {
  return (
    <ServerSearch label="Search all" placeholder="Name or identifier…" onChoose={(hit) => void openEntity(hit.id)} />
  );
}

/**
 * Server mode's bar: asks before fetching from another server; then says what is drawn, and offers, for the
 * selected entity, more of its neighbours from the server and a path from it to any other entity.
 */
export function ServerBar() {
  const request = serverRequest();
  const [asked, setAsked] = useState(request?.confirm === true);
  const { client, ids, fetched, busy } = useServerMode();
  const data = useData();
  const view = useView();

  useEffect(() => {
    if (request !== null && !request.confirm) void startServerMode(request.api, request.hash);
  }, [request]);

  if (request === null) return null;
  if (asked) {
    return (
      <div className="bar server-bar" role="alertdialog" aria-label="Open data from a server">
        <p>
          This link opens data from the server at <strong>{new URL(request.api).host}</strong>. The app will send it
          your searches and the entities you open.
        </p>
        <button
          type="button"
          onClick={() => {
            setAsked(false);
            void startServerMode(request.api, request.hash);
          }}
        >
          Open
        </button>
        <button
          type="button"
          onClick={() => {
            setAsked(false);
            declineServer();
          }}
        >
          Cancel
        </button>
      </div>
    );
  }
  if (client === null) return null;

  const selected =
    view.selection?.type === 'node' ? data?.dataset.nodes.find((n) => n.id === view.selection?.id) : undefined;
  const selectedFtm = selected === undefined ? undefined : ftmIdOf(selected);
  const more = selectedFtm === undefined ? undefined : fetched.get(selectedFtm);
  return (
    <div className="bar server-bar" aria-label="Server mode">
      <p className="server-status" role="status">
        <strong>Server mode</strong>: {ids.length.toLocaleString('en')} entities drawn from the server. Filters, time,
        paths, insights and exports apply to what is drawn. {busy ?? ''}
      </p>
      {selected !== undefined && selectedFtm !== undefined && (
        <div className="server-actions">
          <button type="button" disabled={busy !== null} onClick={() => void expand(selectedFtm)}>
            {more === undefined
              ? `Expand ${selected.name} from the server`
              : more.offset >= more.total
                ? `All ${more.total} neighbours of ${selected.name} drawn`
                : `Expand ${selected.name}: ${more.total - more.offset} more neighbours`}
          </button>
          <ServerSearch
            label={`Path from ${selected.name} to`}
            placeholder="Name or identifier…"
            onChoose={(hit) => void followPath(selectedFtm, hit.id)}
          />
        </div>
      )}
    </div>
  );
}

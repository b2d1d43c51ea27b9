// "About this data": what the loaded dataset covers and leaves out, its version and date, how to cite it,
// and the credit lines of third-party data it carries (OpenSanctions data is CC BY-NC 4.0).
import { datasetCredits } from '../../core/data/about.ts';
import { formatDate } from '../../core/graph/dates.ts';
import type { LoadedData } from '../../state/loadedData.ts';

/** The About panel's content for the data shown. */
export function AboutData({ data }: { data: LoadedData }) {
  const { info } = data.dataset;
  const credits = datasetCredits(data.recorded);
  const coverage = info.coverage ?? [];
  return (
    <div className="about-data" data-about>
      <p>
        <strong>{info.title}</strong>, version {info.version}
        {info.date !== undefined && `, data as of ${formatDate(info.date)}`}.
      </p>
      {info.description && <p>{info.description}</p>}
      {coverage.length > 0 ? (
        <>
          <h4>What it covers</h4>
          <ul>
            {coverage.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">This dataset does not say what it covers: do not read its counts as complete.</p>
      )}
      {info.citation && (
        <>
          <h4>How to cite it</h4>
          <p>{info.citation}</p>
        </>
      )}
      {credits.length > 0 && (
        <>
          <h4>Credits</h4>
          <ul>
            {credits.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

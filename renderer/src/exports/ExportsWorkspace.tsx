// The Exports section: the crisis dashboard, bulk status changes, exports for partners, the check-in
// desk and the address book of partners' keys. The dashboard is read once here and again after any
// change, so every view counts from the same figures.
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAreas } from '../map/useAreas';
import { AddressBook } from './AddressBook';
import { BulkStatusForm } from './BulkStatusForm';
import { CheckInPanel } from './CheckInPanel';
import { CrisisDashboard } from './CrisisDashboard';
import { ExportForm } from './ExportForm';
import { ExportsTabs, exportsPanelId, exportsTabId, type ExportsTab } from './ExportsTabs';
import { useEngineList } from './useEngineList';

export function ExportsWorkspace(): React.JSX.Element {
  const [tab, setTab] = useState<ExportsTab>('dashboard');
  const areas = useAreas();
  const dashboard = useEngineList('status.dashboard', 'The dashboard');
  const profiles = useEngineList('export.profiles', 'The partner profiles');
  const addressBook = useEngineList('addressBook.list', 'The address book');
  const points = useEngineList('assembly.list', 'The assembly points');

  return (
    <div className="exports">
      <ExportsTabs
        active={tab}
        onSelect={(next) => {
          // Statuses move at the check-in desk: the dashboard counts again when it comes back.
          if (next === 'dashboard' || next === 'status') dashboard.reload();
          setTab(next);
        }}
      />
      <div role="tabpanel" id={exportsPanelId(tab)} aria-labelledby={exportsTabId(tab)} className="tab-panel">
        <ErrorAlert message={areas.error} />
        {tab === 'dashboard' ? (
          <CrisisDashboard dashboard={dashboard.value} error={dashboard.error} onRefresh={dashboard.reload} />
        ) : null}
        {tab === 'status' && areas.loaded ? (
          <BulkStatusForm areas={areas.areas} dashboard={dashboard.value} onChanged={dashboard.reload} />
        ) : null}
        {tab === 'export' && areas.loaded ? (
          <>
            <ErrorAlert message={profiles.error ?? addressBook.error} />
            <ExportForm
              areas={areas.areas}
              profiles={profiles.value ?? []}
              recipients={addressBook.value ?? []}
            />
          </>
        ) : null}
        {tab === 'checkin' && areas.loaded && points.value ? (
          <CheckInPanel areas={areas.areas} points={points.value} />
        ) : null}
        {tab === 'checkin' ? <ErrorAlert message={points.error} /> : null}
        {tab === 'addressBook' ? (
          <AddressBook
            entries={addressBook.value}
            loadError={addressBook.error}
            onChanged={addressBook.reload}
          />
        ) : null}
      </div>
    </div>
  );
}

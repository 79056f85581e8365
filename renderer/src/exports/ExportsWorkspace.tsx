// The Exports section: the crisis dashboard, bulk status changes, exports for partners, the check-in
// desk, partner profiles and the address book of partners' keys. The dashboard is read once here and
// again after any change, so every view counts from the same figures.
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import type { FoundPeople } from '../people/searchSummary';
import { useAreas } from '../map/useAreas';
import { AddressBook } from './AddressBook';
import { BulkStatusForm } from './BulkStatusForm';
import { CheckInPanel } from './CheckInPanel';
import { CrisisDashboard } from './CrisisDashboard';
import { ExportForm } from './ExportForm';
import { PartnerProfiles } from './PartnerProfiles';
import { ExportsTabs, exportsPanelId, exportsTabId, type ExportsTab } from './ExportsTabs';
import { useEngineValue } from './useEngineValue';

/**
 * A view stays mounted once opened, only hidden: an export's result, the check-in desk's undo and a
 * half-filled form are still there when the officer comes back from the dashboard.
 */
function TabPanel({
  id,
  active,
  visited,
  children,
}: {
  id: ExportsTab;
  active: ExportsTab;
  visited: ReadonlySet<ExportsTab>;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <div
      role="tabpanel"
      id={exportsPanelId(id)}
      aria-labelledby={exportsTabId(id)}
      className="tab-panel"
      hidden={id !== active}
    >
      {visited.has(id) ? children : null}
    </div>
  );
}

/** `search`: the officer came from People to export what a search found: the export form opens first. */
export function ExportsWorkspace({ search = null }: { search?: FoundPeople | null }): React.JSX.Element {
  const first: ExportsTab = search ? 'export' : 'dashboard';
  const [tab, setTab] = useState<ExportsTab>(first);
  const [visited, setVisited] = useState<ReadonlySet<ExportsTab>>(new Set(['dashboard', first]));
  const areas = useAreas();
  const dashboard = useEngineValue('status.dashboard', 'The dashboard');
  const profiles = useEngineValue('export.profiles', 'The partner profiles');
  const fieldChoices = useEngineValue('profile.fields', 'The fields of partner profiles');
  const addressBook = useEngineValue('addressBook.list', 'The address book');
  const points = useEngineValue('assembly.list', 'The assembly points');

  return (
    <div className="exports">
      <ExportsTabs
        active={tab}
        onSelect={(next) => {
          // Statuses move at the check-in desk: the dashboard counts again when it comes back.
          if (next === 'dashboard' || next === 'status') dashboard.reload();
          setVisited((seen) => new Set([...seen, next]));
          setTab(next);
        }}
      />
      <ErrorAlert message={areas.error} />
      <TabPanel id="dashboard" active={tab} visited={visited}>
        <CrisisDashboard dashboard={dashboard.value} error={dashboard.error} onRefresh={dashboard.reload} />
      </TabPanel>
      <TabPanel id="status" active={tab} visited={visited}>
        {areas.loaded ? (
          <BulkStatusForm areas={areas.areas} dashboard={dashboard.value} onChanged={dashboard.reload} />
        ) : null}
      </TabPanel>
      <TabPanel id="export" active={tab} visited={visited}>
        <ErrorAlert message={profiles.error ?? addressBook.error} />
        {areas.loaded ? (
          <ExportForm
            areas={areas.areas}
            profiles={profiles.value ?? []}
            recipients={addressBook.value ?? []}
            search={search}
          />
        ) : null}
      </TabPanel>
      <TabPanel id="checkin" active={tab} visited={visited}>
        <ErrorAlert message={points.error} />
        {areas.loaded && points.value ? <CheckInPanel areas={areas.areas} points={points.value} /> : null}
      </TabPanel>
      <TabPanel id="profiles" active={tab} visited={visited}>
        <PartnerProfiles
          profiles={profiles.value}
          choices={fieldChoices.value}
          loadError={profiles.error ?? fieldChoices.error}
          onChanged={profiles.reload}
        />
      </TabPanel>
      <TabPanel id="addressBook" active={tab} visited={visited}>
        <AddressBook
          entries={addressBook.value}
          loadError={addressBook.error}
          onChanged={addressBook.reload}
        />
      </TabPanel>
    </div>
  );
}

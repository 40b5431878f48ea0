import { lazy, type ReactNode, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from 'react-aria-components';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { CaseFile } from './pages/CaseFile';
import { CaseList } from './pages/CaseList';
import { MyCases } from './pages/MyCases';
import { MyDay } from './pages/MyDay';
import { Administration, NotFound } from './pages/Simple';
import { SignIn } from './pages/SignIn';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';
import './styles.css';

// Pages away from the daily work are loaded when they are opened.
const Intake = lazy(() => import('./pages/Intake').then((m) => ({ default: m.Intake })));
const ProviderList = lazy(() =>
  import('./pages/Providers').then((m) => ({ default: m.ProviderList })),
);
const ProviderPage = lazy(() =>
  import('./pages/Providers').then((m) => ({ default: m.ProviderPage })),
);
const FacilityPage = lazy(() =>
  import('./pages/Providers').then((m) => ({ default: m.FacilityPage })),
);

// The funding pages (Inklusionspauschale), in one chunk that caseworkers never load.
const funding = () => import('./pages/Funding');
const FundingOverview = lazy(() => funding().then((m) => ({ default: m.FundingOverview })));
const AllocationList = lazy(() => funding().then((m) => ({ default: m.AllocationList })));
const AllocationPage = lazy(() => funding().then((m) => ({ default: m.AllocationPage })));
const SchoolList = lazy(() => funding().then((m) => ({ default: m.SchoolList })));
const PoolModelList = lazy(() => funding().then((m) => ({ default: m.PoolModelList })));
const Reports = lazy(() => import('./pages/Reports').then((m) => ({ default: m.Reports })));

const loading = <p aria-live="polite">Wird geladen …</p>;
// The administrators' pages, in one chunk that caseworkers never load.
const admin = () => import('./pages/admin');
const Accounts = lazy(() => admin().then((m) => ({ default: m.Accounts })));
const NewAccount = lazy(() => admin().then((m) => ({ default: m.NewAccount })));
const Account = lazy(() => admin().then((m) => ({ default: m.Account })));
const AuditLog = lazy(() => admin().then((m) => ({ default: m.AuditLog })));
const ReferencePopulations = lazy(() => admin().then((m) => ({ default: m.ReferencePopulations })));
// The parents' form is a page of its own for people without an account: loaded when opened.
const ComplaintPage = lazy(() =>
  import('./public/ComplaintPage').then((m) => ({ default: m.ComplaintPage })),
);
// The provider's answer page (the link in a letter): no account either.
const AnswerPage = lazy(() =>
  import('./public/AnswerPage').then((m) => ({ default: m.AnswerPage })),
);

/** The caseworkers' pages know who is signed in; the parents' form asks no one. */
function WithSession() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

/** Pages behind the sign-in: who is not signed in goes to it, and comes back afterwards. */
function SignedIn() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <p aria-live="polite">Wird geladen …</p>;
  if (user === null) {
    return (
      <Navigate to="/anmelden" replace state={{ from: location.pathname + location.search }} />
    );
  }
  return <Outlet />;
}

/** The start page of each role. */
function Home() {
  const { user } = useSession();
  if (user?.role === 'committee') {
    return (
      <Suspense fallback={<p aria-live="polite">Wird geladen …</p>}>
        <Reports />
      </Suspense>
    );
  }
  if (user?.role === 'admin') return <Administration />;
  if (user?.role === 'funding_controller') {
    return (
      <Suspense fallback={loading}>
        <FundingOverview />
      </Suspense>
    );
  }
  return <MyDay />;
}

/** Case pages only for the roles with case access; others see their start page. */
function CaseAccess() {
  const { user } = useSession();
  return user?.role === 'caseworker' || user?.role === 'team_lead' ? (
    <Outlet />
  ) : (
    <Navigate to="/" replace />
  );
}

/** Reports for committees and the office; administrators see their start page. */
function ReportAccess({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return user?.role === 'admin' ? <Navigate to="/" replace /> : <>{children}</>;
}

/** Administration pages only for administrators; others see their start page. */
function AdminAccess() {
  const { user } = useSession();
  return user?.role === 'admin' ? (
    <Suspense fallback={<p aria-live="polite">Wird geladen …</p>}>
      <Outlet />
    </Suspense>
  ) : (
    <Navigate to="/" replace />
  );
}

/** Funding pages only for funding controllers and administrators. */
function FundingAccess() {
  const { user } = useSession();
  return user?.role === 'funding_controller' || user?.role === 'admin' ? (
    <Suspense fallback={<p aria-live="polite">Wird geladen …</p>}>
      <Outlet />
    </Suspense>
  ) : (
    <Navigate to="/" replace />
  );
}

const router = createBrowserRouter([
  {
    path: '/beschwerde',
    element: (
      <Suspense fallback={loading}>
        <ComplaintPage key="standard" variant="standard" />
      </Suspense>
    ),
  },
  {
    path: '/beschwerde/leichte-sprache',
    element: (
      <Suspense fallback={loading}>
        <ComplaintPage key="easy" variant="easy" />
      </Suspense>
    ),
  },
  {
    path: '/antwort/:token',
    element: (
      <Suspense fallback={loading}>
        <AnswerPage />
      </Suspense>
    ),
  },
  // A mistyped address of the form leads to the form, not to the caseworkers' sign-in.
  { path: '/beschwerde/*', element: <Navigate to="/beschwerde" replace /> },
  {
    element: <WithSession />,
    children: [
      { path: '/anmelden', element: <SignIn /> },
      {
        element: <SignedIn />,
        children: [
          {
            element: <Shell />,
            children: [
              { index: true, element: <Home /> },
              {
                element: <CaseAccess />,
                children: [
                  { path: 'faelle', element: <CaseList /> },
                  {
                    path: 'faelle/neu',
                    element: (
                      <Suspense fallback={loading}>
                        <Intake />
                      </Suspense>
                    ),
                  },
                  { path: 'faelle/:id', element: <CaseFile /> },
                  { path: 'meine-faelle', element: <MyCases /> },
                  {
                    path: 'traeger',
                    element: (
                      <Suspense fallback={loading}>
                        <ProviderList />
                      </Suspense>
                    ),
                  },
                  {
                    path: 'traeger/:id',
                    element: (
                      <Suspense fallback={loading}>
                        <ProviderPage />
                      </Suspense>
                    ),
                  },
                  {
                    path: 'einrichtungen/:id',
                    element: (
                      <Suspense fallback={loading}>
                        <FacilityPage />
                      </Suspense>
                    ),
                  },
                ],
              },
              {
                path: 'berichte',
                element: (
                  <ReportAccess>
                    <Suspense fallback={loading}>
                      <Reports />
                    </Suspense>
                  </ReportAccess>
                ),
              },
              {
                path: 'verwaltung',
                element: <AdminAccess />,
                children: [
                  { index: true, element: <Navigate to="/" replace /> },
                  { path: 'benutzerkonten', element: <Accounts /> },
                  { path: 'benutzerkonten/neu', element: <NewAccount /> },
                  { path: 'benutzerkonten/:id', element: <Account /> },
                  { path: 'protokoll', element: <AuditLog /> },
                  { path: 'kinderzahlen', element: <ReferencePopulations /> },
                ],
              },
              {
                path: 'foerderung',
                element: <FundingAccess />,
                children: [
                  { index: true, element: <FundingOverview /> },
                  { path: 'zuweisungen', element: <AllocationList /> },
                  { path: 'zuweisungen/:id', element: <AllocationPage /> },
                  { path: 'schulen', element: <SchoolList /> },
                  { path: 'pool-modelle', element: <PoolModelList /> },
                ],
              },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider locale="de-DE">
      <RouterProvider router={router} />
    </I18nProvider>
  </StrictMode>,
);

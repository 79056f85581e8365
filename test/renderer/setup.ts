// Component tests share the machine with builds and browsers in CI: a screen that answers in two
// seconds under load is not broken, so waiting for one gives it five instead of Testing Library's one.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5_000 });

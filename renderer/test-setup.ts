import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './i18n/i18n';

// Component tests reach real handlers (SQLite, crypto, ranking) on two cores shared with other
// test workers; a screen's answer may take longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';
import {
  bundleFilesIn,
  hardenedWebPreferences,
  isAllowedNavigation,
  isTrustedSender,
  permissionDecision,
  rendererFileFor,
  windowOpenDecision,
} from './policy';
import { checkShellRequest } from './shell-guard';

describe('desktop security policy', () => {
  it('hardens every window', () => {
    expect(hardenedWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('allows navigation only within the app origin', () => {
    expect(isAllowedNavigation('app://peerdesk/index.html')).toBe(true);
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
      'app://peerdesk.evil.com/',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('denies new windows and every permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('trusts IPC only from the app main frame', () => {
    expect(isTrustedSender('app://peerdesk/index.html', true)).toBe(true);
    expect(isTrustedSender('app://peerdesk/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.test/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('maps app URLs to renderer files without escaping the folder', () => {
    expect(rendererFileFor('app://peerdesk/')).toBe('index.html');
    expect(rendererFileFor('app://peerdesk/assets/index.js')).toBe('assets/index.js');
    // The URL parser resolves dot segments first, so they can only land inside the root.
    expect(rendererFileFor('app://peerdesk/assets/%2e%2e/%2e%2e/secret')).toBe('secret');
    expect(rendererFileFor('app://peerdesk/assets/%2F..%2F..%2Fsecret')).toBeNull();
    expect(rendererFileFor('app://peerdesk/a%5c..%5csecret')).toBeNull();
    expect(rendererFileFor('https://peerdesk/index.html')).toBeNull();
  });

  it('picks the assignment packages out of a command line the OS passed', () => {
    expect(
      bundleFilesIn([
        '--inspect=9229',
        '/home/r/评审任务包.PDPKG',
        'notes.txt',
        'C:\\Users\\r\\x.pdpkg',
        '.',
      ]),
    ).toEqual(['/home/r/评审任务包.PDPKG', 'C:\\Users\\r\\x.pdpkg']);
    expect(bundleFilesIn([])).toEqual([]);
  });

  it('has a CSP without remote origins, eval or inline scripts', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });
});

describe('browser shell guard', () => {
  const expected = { port: 4321, token: 'a-long-random-token' };
  it('accepts its own host, origin and token', () => {
    expect(
      checkShellRequest({ host: '127.0.0.1:4321', origin: undefined, token: expected.token }, expected, true),
    ).toEqual({
      allowed: true,
    });
    expect(
      checkShellRequest(
        { host: 'localhost:4321', origin: 'http://localhost:4321', token: expected.token },
        expected,
        true,
      ),
    ).toEqual({ allowed: true });
    expect(
      checkShellRequest({ host: '127.0.0.1:4321', origin: undefined, token: undefined }, expected, false),
    ).toEqual({
      allowed: true,
    });
  });

  it('refuses rebinding hosts, foreign origins and wrong tokens', () => {
    const refuse = (facts: Parameters<typeof checkShellRequest>[0]) =>
      checkShellRequest(facts, expected, true);
    expect(refuse({ host: 'evil.test:4321', origin: undefined, token: expected.token })).toMatchObject({
      status: 403,
    });
    expect(refuse({ host: undefined, origin: undefined, token: expected.token })).toMatchObject({
      status: 403,
    });
    expect(
      refuse({ host: '127.0.0.1:4321', origin: 'http://evil.test', token: expected.token }),
    ).toMatchObject({
      status: 403,
    });
    expect(refuse({ host: '127.0.0.1:4321', origin: 'null', token: expected.token })).toMatchObject({
      status: 403,
    });
    expect(refuse({ host: '127.0.0.1:4321', origin: undefined, token: 'a-long-random-tokeN' })).toMatchObject(
      {
        status: 401,
      },
    );
    expect(refuse({ host: '127.0.0.1:4321', origin: undefined, token: undefined })).toMatchObject({
      status: 401,
    });
  });
});

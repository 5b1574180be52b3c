import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../../main/electron/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('content security policy', () => {
  it('allows no inline script and no eval', () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      const parsed = directives(policy);
      expect(parsed.get('default-src')).toEqual(["'none'"]);
      // WebAssembly only (the line router, issue 21): still no eval of strings.
      expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(parsed.get('object-src')).toEqual(["'none'"]);
      expect(parsed.get('base-uri')).toEqual(["'none'"]);
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes|\*/);
    }
    expect(directives(CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the policy renderer/index.html carries in its meta tag', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    expect(metas, 'exactly one CSP meta tag').toHaveLength(1);
    expect(metas[0][1]).toBe(CSP_META);
    // The meta tag must come before any script or stylesheet, or those escape it.
    const metaAt = html.indexOf(metas[0][0]);
    for (const tag of ['<script', '<link']) {
      const at = html.indexOf(tag);
      if (at >= 0) expect(metaAt, tag).toBeLessThan(at);
    }
  });
});

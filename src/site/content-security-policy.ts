/**
 * The Content-Security-Policy of every page (a meta tag in BaseLayout). Nothing leaves the site:
 * readers' interests are not shared with third parties. No page runs an inline script or style
 * (tests/site/html-valid.test.ts), so the policy allows no hash: Astro's `security.csp` hashed its
 * island loaders into every page though the site has no islands (docs/benchmarks.md, "Size of dist/").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind runs its search index as WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
].join(';');

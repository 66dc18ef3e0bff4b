import Fastify from 'fastify';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders, securityHeaders } from './security-headers.js';

describe('security headers', () => {
  it('are what Helmet itself sends, worked out once', async () => {
    const options = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } };
    const viaHelmet = Fastify();
    viaHelmet.addHook('onRequest', (req, reply, done) => helmet(options)(req.raw, reply.raw, (err) => done(err as Error | undefined)));
    viaHelmet.get('/', async () => 'ok');
    const sent = (await viaHelmet.inject('/')).headers;
    const computed = securityHeaders(options);
    expect(Object.keys(computed).length).toBeGreaterThan(5);
    for (const [name, value] of Object.entries(computed)) expect(sent[name]).toBe(value);
  });

  it('go with every response, errors and unknown URLs included; HSTS and upgrade-insecure-requests only over HTTPS', async () => {
    for (const https of [false, true]) {
      const app = Fastify();
      registerSecurityHeaders(app, https);
      app.get('/fails', async () => {
        throw new Error('boom');
      });
      for (const url of ['/fails', '/nowhere']) {
        const res = await app.inject(url);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy']).toContain("img-src 'self' data:");
        expect(res.headers['content-security-policy']?.includes('upgrade-insecure-requests')).toBe(https);
        expect('strict-transport-security' in res.headers).toBe(https);
      }
    }
  });
});

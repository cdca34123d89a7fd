import { describe, expect, it } from 'vitest';
import { DNS_NAMESPACE, URL_NAMESPACE, uuidV5 } from '~/lib/hsds/uuid-v5';

describe('uuidV5', () => {
  it('gives the RFC 9562 Appendix A.4 test vector (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('agrees with other implementations (Python’s uuid.uuid5), Georgian names included (UTF-8)', () => {
    expect(uuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://example.org/ა', URL_NAMESPACE)).toBe('8ac091df-c1f8-50e7-91f4-6a31f4f36201');
  });

  it('is a version-5 UUID of the RFC variant, different for different names and namespaces', () => {
    const id = uuidV5('location/telavi-service-hub', URL_NAMESPACE);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5('location/telavi-service-hub', DNS_NAMESPACE)).not.toBe(id);
    expect(uuidV5('location/akhmeta-service-hub', URL_NAMESPACE)).not.toBe(id);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/not a UUID/);
  });
});

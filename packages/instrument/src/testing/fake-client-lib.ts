// Test fixture: stands in for the library an instrumentation patches (its namespace exports the client class).
export class FakeClient {}
export default FakeClient;

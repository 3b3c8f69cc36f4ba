// Ambient types for the dashboard: Vite's client types and .svelte modules for plain tsc.
/// <reference types="vite/client" />
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>>;
  export default component;
}

// Entry point: mounts the dashboard.
import { mount } from 'svelte';
import { captureTokenFromUrl } from './lib/token.ts';
import App from './App.svelte';
import './app.css';

captureTokenFromUrl();
mount(App, { target: document.getElementById('app')! });

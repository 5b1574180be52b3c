/**
 * The sandboxed preload (bundled to dist/main/preload.cjs). It exposes exactly one object,
 * `window.orgcanvas`, built from the IPC contract.
 *
 * scripts/build-main.mjs reads the contract at build time and injects its channel kinds as
 * __ORGCANVAS_CHANNELS__, so the preload carries no zod (main validates; the preload only
 * forwards).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/ipc/api';
import { buildApi, type ChannelKinds } from './api';

declare const __ORGCANVAS_CHANNELS__: ChannelKinds;

contextBridge.exposeInMainWorld(API_GLOBAL, buildApi(__ORGCANVAS_CHANNELS__, ipcRenderer));

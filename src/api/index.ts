export { type AppOptions, createApp } from './app.js';
export { isLoopback, writeGuard } from './auth.js';
export { ensureDashboard, WEB_DIR } from './dashboard.js';
export { openApiDocument } from './openapi.js';
export { type RunningServer, type ServerOptions, startServer } from './server.js';
export { CSP } from './static.js';

// The audit slice's own resources, one set per app context (the API and each test harness).
import type { AppContext } from '../platform/app-context';
import { openAccessLog, type AccessLog } from './access-log';

type AuditServices = { accessLog: AccessLog };

const byContext = new WeakMap<AppContext, AuditServices>();

export const auditServices = (app: AppContext): AuditServices => {
  let services = byContext.get(app);
  if (!services) {
    services = { accessLog: openAccessLog(app.config.dataDir) };
    byContext.set(app, services);
  }
  return services;
};

export const closeAuditServices = (app: AppContext) => {
  byContext.get(app)?.accessLog.close();
  byContext.delete(app);
};

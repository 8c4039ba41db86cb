// Downloads of the decision register (bearer token, like GraphQL) and the published audit key.
import { Controller, Get, Header, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { canSeeAuthority, type UserAccount } from '@orgledger/domain';
import type { Request, Response } from 'express';
import { APP_CONTEXT, type AppContext, type AuthUser } from '../platform/app-context';
import { asHttp, httpRefusal as refuse, requestUser } from '../platform/http-user';
import { recordAuditorAccess } from './access-log.interceptor';
import { buildExport, type ExportKind } from './export-build';
import { toJsonLines, witnessEntries } from './witness-log';
import { authorityModel } from '../platform/access-models';
import { requestReadSide } from '../platform/read-side';
import { readOnlyAsAt } from '../platform/as-of-store';

const EXPORTERS = ['tenant_admin', 'consultant', 'auditor'];

@Controller()
export class AuditExportController {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private user(req: Request): Promise<AuthUser> {
    return requestUser(this.app, req);
  }

  @Get('.well-known/orgledger-audit-key')
  @Header('content-type', 'application/x-pem-file')
  auditKey(): string {
    return this.app.config.auditKey.publicKeyPem;
  }

  // The tenant's checkpoints for its auditors' witness logs (orgledger witness): signed bodies and
  // consistency proofs only, no stream names, so an auditor of one council learns nothing of another.
  @Get('exports/witness.jsonl')
  async witness(@Req() req: Request, @Res() res: Response, @Query('since') since?: string) {
    const user = await this.user(req);
    if (user.role !== 'tenant_admin' && user.role !== 'auditor')
      throw refuse(403, 'FORBIDDEN', 'Only tenant admins and auditors can download the witness file.');
    if (since !== undefined && !/^\d{1,9}$/.test(since)) throw refuse(400, 'BAD_USER_INPUT', 'since must be a checkpoint sequence number (0 or more).');
    const entries = await witnessEntries(requestReadSide(this.app, req).store, user.tenantId, Number(since ?? 0));
    res.setHeader('content-type', 'application/jsonl; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="orgledger-witness.jsonl"');
    res.setHeader('cache-control', 'no-store');
    res.send(toJsonLines(entries));
  }

  @Get('exports/authorities/:authorityId/decisions.:kind')
  async decisions(@Req() req: Request, @Res() res: Response, @Param('authorityId') authorityId: string, @Param('kind') kind: string) {
    const user = await this.user(req);
    if (!EXPORTERS.includes(user.role)) throw refuse(403, 'FORBIDDEN', 'Your role does not allow exporting the decision register.');
    if (kind !== 'csv' && kind !== 'jsonl') throw refuse(404, 'NOT_FOUND', 'Exports are decisions.csv or decisions.jsonl.');
    const read = requestReadSide(this.app, req);
    const authority = read.readModels.get(authorityModel, user.tenantId, authorityId);
    // unknown, another tenant's and not granted all answer alike
    if (!authority || !canSeeAuthority({ ...user, active: true } as UserAccount, authorityId))
      throw refuse(404, 'NOT_FOUND', `There is no authority with id ${authorityId}.`);
    recordAuditorAccess(this.app, user, `export decisions.${kind}`, authorityId);
    // an export seals a checkpoint first: a write, which an as-at request may not make
    if (read.position !== undefined) throw asHttp(readOnlyAsAt());
    const text = await buildExport(this.app, user, authority, kind as ExportKind).catch((e: unknown) => {
      throw asHttp(e);
    });
    if (text === null) throw refuse(404, 'NOT_FOUND', 'There is nothing to export yet.');
    const file = `decisions-${authority.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.${kind}`;
    res.setHeader('content-type', kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    res.setHeader('cache-control', 'no-store');
    res.send(text);
  }
}

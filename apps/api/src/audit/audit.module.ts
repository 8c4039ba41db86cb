import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AuditExportController } from './audit-export.controller';
import { AuditSealer } from './audit-sealer';
import { AuditResolver } from './audit.resolver';

@Module({
  controllers: [AuditExportController],
  providers: [AuditResolver, AuditSealer, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
})
export class AuditModule {}

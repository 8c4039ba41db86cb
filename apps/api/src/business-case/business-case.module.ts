import { Module } from '@nestjs/common';
import { BusinessCaseHandler } from './business-case.commands';
import { BusinessCaseWorkbookController } from './business-case.workbook';
import { BusinessCaseResolver } from './business-case.resolver';

@Module({ providers: [BusinessCaseHandler, BusinessCaseResolver], controllers: [BusinessCaseWorkbookController] })
export class BusinessCaseModule {}

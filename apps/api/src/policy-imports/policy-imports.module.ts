import { Module } from '@nestjs/common';
import { PolicyImportService } from './policy-import.service';
import { PolicyImportsController } from './policy-imports.controller';

@Module({ controllers: [PolicyImportsController], providers: [PolicyImportService], exports: [PolicyImportService] })
export class PolicyImportsModule {}

import { Module } from '@nestjs/common';
import { TrustsModule } from '../trusts/trusts.module';
import { ImportPolicyHandler } from './import-policy';
import { PolicyImportsController } from './policy-imports.controller';
import { ReadPolicyDocumentQuery } from './read-policy-document';

@Module({ imports: [TrustsModule], controllers: [PolicyImportsController], providers: [ReadPolicyDocumentQuery, ImportPolicyHandler], exports: [ReadPolicyDocumentQuery] })
export class PolicyImportsModule {}

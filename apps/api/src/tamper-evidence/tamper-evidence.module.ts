import { Module } from '@nestjs/common';
import { ChainVerifier } from './chain-verifier';
import { HeadCheckpointer } from './head-checkpointer';
import { VerifyController } from './verify.controller';

@Module({ controllers: [VerifyController], providers: [ChainVerifier, HeadCheckpointer], exports: [ChainVerifier] })
export class TamperEvidenceModule {}

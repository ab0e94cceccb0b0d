import { Module } from '@nestjs/common';
import { ChainVerifier } from './chain-verifier';
import { VerifyController } from './verify.controller';

@Module({ controllers: [VerifyController], providers: [ChainVerifier] })
export class TamperEvidenceModule {}

import { Module } from '@nestjs/common';
import { DemoDataBootstrap } from './demo-data.bootstrap';
import { DemoLoader } from './demo-loader';

/** The believable demo trust a first `npm start` shows. */
@Module({ providers: [DemoLoader, DemoDataBootstrap] })
export class DemoModule {}

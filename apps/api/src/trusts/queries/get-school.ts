import { Injectable } from '@nestjs/common';
import { SchoolLookup } from '../school-lookup';
import { SchoolView, schoolView } from './list-schools';

/** One current school of the trust; 404 when it is unknown or has left. */
@Injectable()
export class GetSchoolQuery {
  constructor(private readonly schools: SchoolLookup) {}

  async execute(trustId: string, schoolId: string): Promise<SchoolView> {
    return schoolView(await this.schools.requireActive(trustId, schoolId));
  }
}

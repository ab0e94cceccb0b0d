import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { SchoolStaff, SchoolStaffMember } from '@governance/contracts';

@ApiSchema({ name: 'SchoolStaffMember' })
class SchoolStaffMemberSchema implements SchoolStaffMember {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true, description: "Null when the person's details were erased." }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "Null when the person's details were erased." }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "From the school's staff list (the MIS import); null when none was given." }) jobTitle!: string | null;
  @ApiProperty({ format: 'date', description: "The day (in London) they joined the school's staff." }) joinedOn!: string;
  @ApiProperty({ description: 'The versions in force at the school that ask its staff to acknowledge them.' }) toRead!: number;
  @ApiProperty({ description: 'How many of those they acknowledged.' }) acknowledged!: number;
}

@ApiSchema({ name: 'SchoolStaff' })
export class SchoolStaffSchema implements SchoolStaff {
  @ApiProperty() schoolId!: string;
  @ApiProperty({ type: [SchoolStaffMemberSchema], description: 'Current staff (leavers are not listed), by name.' }) staff!: SchoolStaffMemberSchema[];
}

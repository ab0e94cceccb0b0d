import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ActionItem, ActionStatus } from '@governance/contracts';
import { actionSourceKinds, ActionSourceKind } from '@governance/domain';

@ApiSchema({ name: 'ActionSource' })
class ActionSourceSchema {
  @ApiProperty({ enum: actionSourceKinds }) kind!: ActionSourceKind;
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The day of the visit or evaluation.' }) on!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'For an evaluation: the point answered "no" that the action follows up.' }) point!: string | null;
}

@ApiSchema({ name: 'ActionItem' })
export class ActionItemSchema implements ActionItem {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null once the person was erased.' }) ownerName!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: ['open', 'overdue', 'done'], description: '`overdue`: open and due before today.' }) status!: ActionStatus;
  @ApiProperty({ type: ActionSourceSchema, nullable: true }) source!: ActionSourceSchema | null;
  @ApiProperty({ example: 'Link governor visit on 6 October 2026' }) sourceInWords!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) completedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

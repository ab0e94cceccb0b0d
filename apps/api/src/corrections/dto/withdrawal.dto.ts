import type { WithdrawalRequest } from '@governance/contracts';
import { RequiredText } from '../../http/dto-fields';

export class WithdrawalDto implements WithdrawalRequest {
  /** Why the entry is withdrawn; shown beside it in every history. */
  @RequiredText(2000, 'Logged twice by mistake')
  reason!: string;
}

import { TextList } from '../../http/dto-fields';
import type { CatalogueRequest } from '@governance/contracts';

export class AddCatalogueDto implements CatalogueRequest {
  /** Catalogue keys (GET /api/catalogue); without it, the whole catalogue. */
  @TextList(200, 100)
  keys?: string[];
}

import { TextList } from '../../http/dto-fields';

export class AddCatalogueDto {
  /** Catalogue keys (GET /api/catalogue); without it, the whole catalogue. */
  @TextList(200, 100)
  keys?: string[];
}

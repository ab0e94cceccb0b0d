/** What every write answers: the id written to and the log position to wait for (X-Min-Position). */
export interface WriteAnswer {
  id: string;
  /** Global log position as a decimal string (positions exceed 2^53). */
  position: string;
}

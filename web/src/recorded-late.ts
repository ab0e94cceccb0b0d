/**
 * How long after the date it states an entry was recorded, in words ("recorded 2 months
 * later"), for entries the server marks recordedLate (more than 30 days after).
 */
export function recordedLaterWords(statedOn: string, recordedAt: string): string {
  const stated = Date.parse(`${statedOn}T00:00:00Z`);
  const recorded = Date.parse(recordedAt);
  if (Number.isNaN(stated) || Number.isNaN(recorded)) return 'recorded late';
  const days = Math.floor((recorded - stated) / 86_400_000);
  const months = Math.floor(days / 30.44);
  if (months >= 24) return `recorded ${Math.floor(months / 12)} years later`;
  if (months >= 2) return `recorded ${months} months later`;
  return `recorded ${days} days later`;
}

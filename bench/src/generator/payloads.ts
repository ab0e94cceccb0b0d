import {
  EiaImpacts,
  eiaAnswers,
  eiaAudiences,
  monitoredIncidentCategories,
  protectedCharacteristics,
  standardEvaluationPoints,
} from '@governance/domain';
import { Random } from './random';

/**
 * The free text and structured parts of commands, sized like what schools write: an initial
 * EIA answers all nine characteristics, an evaluation ticks a dozen points, a visit note is a
 * paragraph. Payload size drives storage and replay cost, so it should not be toy-sized.
 */
const WORDS = [
  'pupils', 'staff', 'governors', 'parents', 'training', 'policy', 'procedure', 'records', 'review',
  'safeguarding', 'attendance', 'behaviour', 'curriculum', 'meeting', 'lead', 'designated', 'checked',
  'updated', 'agreed', 'actions', 'monitoring', 'evidence', 'survey', 'website', 'induction', 'referrals',
  'register', 'timetable', 'support', 'assessment', 'inclusion', 'wellbeing', 'online', 'incidents',
];

export function sentence(random: Random, words: number): string {
  const picked = Array.from({ length: words }, () => random.pick(WORDS));
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, random.int(8, 16))).join(' ');
}

export function eiaImpacts(random: Random): EiaImpacts {
  const impacts = {} as EiaImpacts;
  for (const characteristic of protectedCharacteristics) {
    impacts[characteristic] = {
      negativeImpact: random.chance(0.9) ? 'no' : random.pick(eiaAnswers),
      promotesEquality: random.chance(0.6) ? 'yes' : random.pick(eiaAnswers),
      dataPositive: random.pick(eiaAnswers),
    };
  }
  return impacts;
}

export function eiaAffects(random: Random): (typeof eiaAudiences)[number][] {
  return eiaAudiences.filter(() => random.chance(0.5));
}

export function checklist(random: Random): { point: string; answer: 'yes' | 'no' | 'n/a'; evidence: string | null }[] {
  // A termly check ticks a handful of the form's points, not all 26.
  const start = random.int(0, standardEvaluationPoints.length - 9);
  return standardEvaluationPoints.slice(start, start + random.int(5, 9)).map((point) => ({
    point,
    answer: random.chance(0.85) ? 'yes' : random.chance(0.5) ? 'no' : 'n/a',
    evidence: random.chance(0.2) ? sentence(random, random.int(5, 10)) : null,
  }));
}

export function incidents(random: Random): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { key } of monitoredIncidentCategories) counts[key] = random.chance(0.7) ? 0 : random.int(1, 6);
  return counts;
}

export function training(random: Random): string[] {
  return Array.from({ length: random.int(1, 4) }, () => sentence(random, random.int(4, 8)));
}

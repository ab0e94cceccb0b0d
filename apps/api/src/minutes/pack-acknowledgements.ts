import type { AcknowledgementsQuery, MinutesInputs } from '@governance/projections';

/**
 * Adds "Read and acknowledge" to each school's section of a pack: per policy asking the school's
 * staff, the version in force, staff, acknowledged and outstanding (counts only, no names), from
 * the same read models the rest of the pack was read from. A school where no policy asks gets
 * no section (the field is left out, so the pack's JSON is what it was before).
 */
export function withAcknowledgements(inputs: MinutesInputs, progress: AcknowledgementsQuery): MinutesInputs {
  const rows = progress.progress(inputs.trust.id, { withPeople: false }).rows;
  return {
    ...inputs,
    schools: inputs.schools.map((section) => {
      const atSchool = rows.filter((row) => row.schoolId === section.school.id);
      if (atSchool.length === 0) return section;
      const acknowledgements = atSchool.map(({ policyId, title, version, staff, acknowledged, outstanding }) => ({ policyId, title, version, staff, acknowledged, outstanding }));
      return { ...section, acknowledgements };
    }),
  };
}

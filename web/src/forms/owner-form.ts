import { api, seg } from '../api/client.js';
import type { PersonName, PolicyOwnerRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, can, schoolName } from '../context.js';
import { Route } from '../router.js';
import { PageView } from '../shell.js';
import { FormKit, missing } from './form-kit.js';
import { saved } from './form-parts.js';
import { historyLinks, policyContext, refuseUnless, schoolPolicyPath } from './policy-forms.js';

/** Who may own a policy at the school, as the API says (people with a role there, or trust-wide). */
async function ownerCandidates(context: AppContext, schoolId: string): Promise<{ value: string; label: string }[]> {
  const named = await api<PersonName[]>(`/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/policy-owner-candidates`);
  return named.map((someone) => ({ value: someone.id, label: someone.name ?? someone.id }));
}

/** Name the policy's owner at the school: the staff lead reminded of its reviews with the headteacher. */
export async function policyOwnerPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  refuseUnless(can.assignPolicyOwner(context.me, schoolId), 'A policy’s owner is named by the school’s headteacher or a trust administrator.');
  const [{ row, trail, policyRoute }, choices] = await Promise.all([policyContext(route, context), ownerCandidates(context, schoolId)]);
  const kit = new FormKit('Change the policy owner');
  kit.add(
    kit.select('personId', 'Policy owner', [{ value: '', label: 'Choose the owner' }, ...choices], {
      value: row.ownerId ?? '',
      hint: `The member of staff who leads this policy at ${schoolName(context, schoolId)}. They get the review reminders with the headteacher.`,
    }),
    kit.submit('Save the owner'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['personId', 'Choose the owner']]);
    if (problems.length > 0) kit.fail(problems);
    const body: PolicyOwnerRequest = { personId: kit.value('personId') };
    const answer = await api<WriteAnswer>(`${schoolPolicyPath(context, schoolId, row.policyId)}/owner`, { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    const name = choices.find((choice) => choice.value === body.personId)?.label ?? 'The person chosen';
    return saved(`${name} owns ${row.title} at ${schoolName(context, schoolId)}.`, historyLinks(policyRoute, answer));
  });
  return { title: `Change the owner: ${row.title}`, trail, content: kit.element() };
}

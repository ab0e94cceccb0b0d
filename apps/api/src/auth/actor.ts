/** The actor and its grants are domain types (libs/domain/src/access); re-exported for the API's imports. */
export { Actor, RoleGrant, actorRoleOf } from '@governance/domain';

import { decide, type Action, type Actor, type ResourceArg } from '../../common/policy.js';
import { forbidden, notFound, unauthenticated } from '../errors.js';

// The table itself lives in common/ so the web asks the same rules; the server adds the HTTP answers.
export type { Action, Actor };

/**
 * Throws unless `actor` may do `action` (to `resource`), and returns the actor for the handler.
 * Anonymous: 401. Wrong role: 403. Right role but not theirs: 404.
 */
export function authorize<T extends Actor, A extends Action>(actor: T | null, action: A, ...resource: ResourceArg<A>): T {
  if (!actor) throw unauthenticated();
  const decision = decide(actor, action, ...resource);
  if (decision === 'forbidden') throw forbidden();
  if (decision === 'not-theirs') throw notFound();
  return actor;
}

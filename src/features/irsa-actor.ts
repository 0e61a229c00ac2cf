/**
 * The one running IRSA machine, shared by every feature. The app's Provider passes the input
 * (scenario, settings, deep-linked step); features read with useSelector and selectors only.
 */
import { createActorContext } from '@xstate/react';
import { irsaMachine } from '../machine';

export const IrsaActor = createActorContext(irsaMachine);

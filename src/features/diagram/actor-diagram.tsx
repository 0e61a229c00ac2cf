import { useId } from 'react';
import {
  ACTORS,
  selectMessages,
  selectPosition,
  selectSpeed,
  selectStatusText,
  STEPS,
  type ActorId,
  type DiagramMessage,
} from '../../machine';
import { useMediaQuery } from '../../lib/use-media-query';
import { IrsaActor } from '../irsa-actor';
import { ActorNode } from './actor-node';
import { arrowFor, NARROW, WIDE } from './layout';
import { MessageArrow } from './message-arrow';

const ORDER: ActorId[] = ['pod', 'sts', 'iam', 'oidc', 's3'];
const DETAIL: Record<ActorId, string> = {
  pod: 'with its ServiceAccount',
  sts: 'Security Token Service',
  iam: 'roles, OIDC providers',
  oidc: 'provider: cluster issuer',
  s3: 'ListBuckets',
};
const MARKERS = {
  quiet: 'fill-slate-500 dark:fill-slate-400',
  current: 'fill-sky-700 dark:fill-sky-400',
  running: 'fill-sky-700 dark:fill-sky-400',
  failed: 'fill-red-700 dark:fill-red-400',
};

function caption(current: DiagramMessage | undefined): string {
  if (!current) return 'Setup: keys, webhook and token are prepared.';
  const route = `${ACTORS[current.from].name} → ${ACTORS[current.to].name}`;
  if (current.status === 'failed')
    return `${route}: ${current.carries}. ✕ Rejected: ${current.errorCode ?? 'error'}`;
  if (current.status === 'skipped') return `${route}: skipped in this run`;
  return `${route}: ${current.carries}`;
}

/** The five actors and the messages so far; the current one travels, a failure shows at its hop. */
export function ActorDiagram() {
  const titleId = useId();
  const messages = IrsaActor.useSelector(selectMessages);
  const speed = IrsaActor.useSelector(selectSpeed);
  const status = IrsaActor.useSelector(selectStatusText);
  const narrow = useMediaQuery('(max-width: 640px)');
  const layout = narrow ? NARROW : WIDE;
  const position = IrsaActor.useSelector(selectPosition);
  const current = position > 0 ? messages[position - 1] : undefined;
  const failed = current?.status === 'failed';
  const nodeState = (id: ActorId) =>
    current && (id === current.from || id === current.to)
      ? failed && id === current.to
        ? 'failed'
        : 'active'
      : 'idle';
  const earlier = messages
    .filter((m) => m.status === 'passed' || m.status === 'skipped')
    .map((m) => `${m.step}. ${STEPS[m.step]?.carries}`);

  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        className="mx-auto block h-auto max-h-[60vh] w-full max-w-[1100px] lg:max-h-[52vh]"
      >
        <title
          id={titleId}
        >{`${status}. ${caption(current)}${earlier.length ? `. Earlier: ${earlier.join('; ')}` : ''}`}</title>
        <defs>
          {Object.entries(MARKERS).map(([name, cls]) => (
            <marker
              key={name}
              id={`arrowhead-${name}`}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="5"
              markerHeight="5"
              orient="auto-start-reverse"
            >
              <path d="M0 0 10 5 0 10z" className={cls} />
            </marker>
          ))}
        </defs>
        {ORDER.map((id) => (
          <ActorNode
            key={id}
            actor={id}
            box={layout.nodes[id]}
            name={id === 'oidc' ? 'OIDC' : ACTORS[id].name}
            detail={DETAIL[id]}
            state={nodeState(id)}
            compact={narrow}
          />
        ))}
        {messages.map((m) => (
          <MessageArrow
            key={m.step}
            message={m}
            arrow={arrowFor(layout, m.step, m.from, m.to)}
            labelSize={layout.labelSize}
            showLabel={layout.showLabels}
            duration={0.9 / speed}
          />
        ))}
      </svg>
      <figcaption
        className={`text-center text-sm font-semibold ${failed ? 'text-red-800 dark:text-red-300' : ''}`}
      >
        {caption(current)}
      </figcaption>
    </figure>
  );
}

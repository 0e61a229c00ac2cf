import type { ActorId } from '../../machine';

/** Small original line icons (24×24 grid), drawn in currentColor. */
export function ActorIcon({
  actor,
  x,
  y,
  size,
}: {
  actor: ActorId;
  x: number;
  y: number;
  size: number;
}) {
  const s = size / 24;
  return (
    <g
      transform={`translate(${x} ${y}) scale(${s})`}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {actor === 'pod' && (
        <>
          <path d="M12 2 21 7v10l-9 5-9-5V7z" />
          <path d="M3 7l9 5 9-5M12 12v10" />
        </>
      )}
      {actor === 'agent' && (
        <>
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <path d="M7 10h4M7 14h7M16 9.5l2 2.5-2 2.5" />
        </>
      )}
      {actor === 'eks-auth' && (
        <>
          <path d="M12 2 20 5.5V11c0 5-3.4 9-8 11-4.6-2-8-6-8-11V5.5z" />
          <circle cx="12" cy="10.5" r="2.5" />
          <path d="M12 13v4" />
        </>
      )}
      {actor === 'sts' && (
        <>
          <circle cx="8" cy="12" r="4.5" />
          <path d="M12.5 12H22M18 12v3.5M21 12v2.5" />
        </>
      )}
      {actor === 'iam' && (
        <>
          <path d="M12 2 20 5.5V11c0 5-3.4 9-8 11-4.6-2-8-6-8-11V5.5z" />
          <path d="m8.5 12 2.5 2.5 4.5-5" />
        </>
      )}
      {actor === 'oidc' && (
        <>
          <rect x="2" y="5" width="20" height="14" rx="2" />
          <circle cx="8" cy="11" r="2.5" />
          <path d="M4.5 16.5c.8-1.8 2-2.5 3.5-2.5s2.7.7 3.5 2.5M14 10h5M14 13.5h4" />
        </>
      )}
      {actor === 'imds' && (
        <>
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <path d="M3 9h18M7 13h4M7 16h7" />
        </>
      )}
      {actor === 's3' && (
        <>
          <ellipse cx="12" cy="5.5" rx="8.5" ry="3" />
          <path d="M3.5 5.5 6 19.5c.3 1.4 2.9 2.5 6 2.5s5.7-1.1 6-2.5l2.5-14" />
        </>
      )}
    </g>
  );
}

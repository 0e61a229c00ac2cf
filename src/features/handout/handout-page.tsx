import type { ComponentType } from 'react';

/** STUB (to be written): `#/handout`, the printable handout. */
export default function HandoutPage(_props: {
  seed: string | null;
  views: { Diagram: ComponentType };
}) {
  return <p>Handout</p>;
}

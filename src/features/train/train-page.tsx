import type { TrainPage as Page } from '../../lib/url-state';

/** STUB (to be written): `#/train` and its pages. */
export default function TrainPage(props: {
  seed: string | null;
  page: Page;
  exercise: string | null;
}) {
  return (
    <p>
      Training: {props.page} {props.exercise}
    </p>
  );
}

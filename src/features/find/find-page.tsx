import FindByErrorPanel from './find-by-error-panel';

/** `#/find`: straight to "Find by error message", for an on-call engineer with an error in hand. */
export default function FindPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4 p-4">
      <h1 className="text-2xl font-bold">Which scenario gives this error?</h1>
      <FindByErrorPanel autoFocus />
    </div>
  );
}

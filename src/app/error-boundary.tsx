import { Component, Fragment, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { APP_STORAGE_DESCRIPTION, clearAppStorage } from '../lib/app-storage';

interface ViewBoundaryProps {
  children: ReactNode;
  /** Shown above the recovery message (the page header), so the user can still go elsewhere. */
  header?: ReactNode;
  /** A new value (another route or fragment: the user went elsewhere) clears the error. */
  resetKey?: unknown;
}

interface ViewBoundaryState {
  error: Error | null;
  componentStack: string;
  /** Bumped by "Try again": the view below is mounted afresh. */
  attempt: number;
  resetKey: unknown;
  /** Said once above the view after "Reset saved settings", then gone on the next navigation. */
  resetNote: string | null;
}

/**
 * Catches an exception thrown while a view renders (or in its effects) and shows, in place of
 * the view, what happened and two ways back, instead of React unmounting the whole page (a blank
 * screen). What the user typed lives in `lib/drafts.ts`, outside the view, so both ways back
 * bring it with them.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  state: ViewBoundaryState = {
    error: null,
    componentStack: '',
    attempt: 0,
    resetKey: this.props.resetKey,
    resetNote: null,
  };

  static getDerivedStateFromError(error: unknown): Partial<ViewBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ViewBoundaryProps,
    state: ViewBoundaryState,
  ): Partial<ViewBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { resetKey: props.resetKey, error: null, componentStack: '', resetNote: null };
  }

  // React itself logs the error to the console (with its component stack); this keeps the
  // stack for the "Copy details" text.
  componentDidCatch(_error: Error, info: ErrorInfo) {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  private tryAgain = () =>
    this.setState((s) => ({ error: null, componentStack: '', attempt: s.attempt + 1 }));

  private resetAndTryAgain = () => {
    const cleared = clearAppStorage();
    this.setState((s) => ({
      error: null,
      componentStack: '',
      attempt: s.attempt + 1,
      resetNote: cleared
        ? `Saved settings were reset: ${APP_STORAGE_DESCRIPTION} are back to their defaults.`
        : 'Saved settings could not be reset: this browser does not let the page change its storage.',
    }));
  };

  render() {
    const { error, componentStack, attempt, resetNote } = this.state;
    if (error)
      return (
        <>
          {this.props.header && <HeaderGuard>{this.props.header}</HeaderGuard>}
          <RecoveryView
            error={error}
            details={recoveryReport(error, componentStack)}
            onTryAgain={this.tryAgain}
            onReset={this.resetAndTryAgain}
          />
        </>
      );
    return (
      <Fragment key={attempt}>
        {resetNote && (
          <p role="status" className="bg-sky-50 px-4 py-2 text-sm dark:bg-sky-950">
            {resetNote}
          </p>
        )}
        {this.props.children}
      </Fragment>
    );
  }
}

/** The header shown with the message; if it is the header itself that fails, no header. */
class HeaderGuard extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** What replaces the view: the heading takes focus, so a screen reader says what happened. */
export function RecoveryView({
  error,
  details,
  onTryAgain,
  onReset,
}: {
  error: Error;
  details: string;
  onTryAgain: () => void;
  onReset: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const detailsText = useRef<HTMLPreElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-4 sm:p-6">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        This view stopped working
      </h1>
      <p>
        Something went wrong inside the app while it was showing this page, so the page was stopped;
        anything you typed is kept and comes back when you try again.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onTryAgain}>
          Try again
        </Button>
        <Button onClick={onReset}>Reset saved settings and try again</Button>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Resetting forgets what this app keeps in this browser ({APP_STORAGE_DESCRIPTION}), in case a
        stored value is what breaks the page. What you typed is not stored, so it stays.
      </p>
      <details className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
        <summary className="cursor-pointer font-semibold">Error details, for a bug report</summary>
        <p className="mt-2 font-mono wrap-anywhere">
          {error.name}: {error.message}
        </p>
        <div className="mt-2 flex items-start justify-between gap-2">
          <pre
            ref={detailsText}
            className="max-h-60 min-w-0 flex-1 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap dark:bg-slate-900"
          >
            {details}
          </pre>
          <CopyButton text={details} what="details" selectTarget={() => detailsText.current} />
        </div>
      </details>
    </main>
  );
}

/**
 * The text "Copy details" copies: enough to reproduce (page, browser, error and both stacks),
 * nothing the user typed. The fragment holds only routes, steps, scenario ids and the room
 * seed: pasted text never goes to the URL.
 */
export function recoveryReport(
  error: Error,
  componentStack: string,
  where: { hash: string; userAgent: string } = {
    hash: window.location.hash,
    userAgent: navigator.userAgent,
  },
): string {
  return [
    'IRSA Visualizer: "This view stopped working"',
    `Page: ${where.hash || '#'}`,
    `Browser: ${where.userAgent}`,
    `Error: ${error.name}: ${error.message}`,
    error.stack ? `Stack:\n${error.stack}` : null,
    componentStack.trim() ? `Components:${componentStack}` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

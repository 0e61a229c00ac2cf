import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recoveryReport, RecoveryView, ViewBoundary } from './error-boundary';

const WHERE = { hash: '#/check', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' };

function failure(message: string) {
  const error = new TypeError(message);
  error.stack = `TypeError: ${message}\n    at TokenReportView (check-token-page.js:1:2345)`;
  return error;
}

describe('the recovery screen', () => {
  it('says what happened, offers both ways back and keeps the details for a bug report', () => {
    const error = failure("Cannot read properties of undefined (reading 'alg')");
    const html = renderToStaticMarkup(
      createElement(RecoveryView, {
        error,
        details: recoveryReport(error, '', WHERE),
        onTryAgain: () => {},
        onReset: () => {},
      }),
    );
    expect(html).toContain('<h1 tabindex="-1"');
    expect(html).toContain('This view stopped working');
    expect(html).toContain('>Try again</button>');
    expect(html).toContain('>Reset saved settings and try again</button>');
    expect(html).toContain('aria-label="Copy details"');
    // The message sits inside <details>, closed until asked for.
    expect(html).toMatch(
      /<details[^>]*>.*TypeError: Cannot read properties of undefined \(reading &#x27;alg&#x27;\).*<\/details>/s,
    );
  });

  it('copies the page, the browser, the error and both stacks', () => {
    const report = recoveryReport(
      failure('boom'),
      '\n    at TokenReportView\n    at CheckTokenPage',
      WHERE,
    );
    expect(report.split('\n').slice(0, 5)).toEqual([
      'IRSA Visualizer: "This view stopped working"',
      'Page: #/check',
      'Browser: Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
      'Error: TypeError: boom',
      'Stack:',
    ]);
    expect(report).toContain('at TokenReportView (check-token-page.js:1:2345)');
    expect(report.endsWith('Components:\n    at TokenReportView\n    at CheckTokenPage')).toBe(
      true,
    );
  });

  it('leaves out stacks the browser did not give', () => {
    const error = new Error('no stack');
    error.stack = undefined;
    expect(recoveryReport(error, '', { hash: '', userAgent: 'test' })).toBe(
      [
        'IRSA Visualizer: "This view stopped working"',
        'Page: #',
        'Browser: test',
        'Error: Error: no stack',
      ].join('\n'),
    );
  });
});

describe('the view boundary', () => {
  it('renders the view unchanged while nothing has failed (the prerendered HTML stays the same)', () => {
    const view = createElement('p', null, 'Step 1 of 6');
    expect(
      renderToStaticMarkup(createElement(ViewBoundary, { resetKey: 'a', children: view })),
    ).toBe('<p>Step 1 of 6</p>');
  });

  it('turns anything thrown into an Error, so its message can be shown', () => {
    expect(ViewBoundary.getDerivedStateFromError('a string was thrown').error).toEqual(
      new Error('a string was thrown'),
    );
    const thrown = new RangeError('Invalid time value');
    expect(ViewBoundary.getDerivedStateFromError(thrown).error).toBe(thrown);
  });

  it('clears the error when the user goes elsewhere, and only then', () => {
    const failed = {
      error: new Error('boom'),
      componentStack: '',
      attempt: 0,
      resetKey: '#/check',
      resetNote: null,
    };
    const child = createElement('p');
    expect(
      ViewBoundary.getDerivedStateFromProps({ children: child, resetKey: '#/check' }, failed),
    ).toBeNull();
    expect(
      ViewBoundary.getDerivedStateFromProps({ children: child, resetKey: '#/find' }, failed),
    ).toMatchObject({ error: null, resetKey: '#/find' });
  });
});

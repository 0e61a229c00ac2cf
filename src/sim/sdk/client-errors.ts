/**
 * Errors raised by the SDK inside the pod before any AWS service answered. The pod in this
 * simulation runs the AWS CLI (botocore), so these are botocore's texts; other SDKs' wordings of
 * the same failures are in the catalogue (`alsoSeenAs`) for "Find by error message".
 */
import { simError, type SimError } from '../result';

export const clientErrors = {
  /**
   * Python's PermissionError as botocore's token loader raises it when it opens the file. The
   * failure was reported with aws-sdk-go's text in aws/amazon-eks-pod-identity-webhook#8.
   */
  tokenFileUnreadable: (path: string): SimError =>
    simError(
      'in-pod',
      'ERR_CLIENT_TOKEN_FILE_UNREADABLE',
      'PermissionError',
      0,
      `[Errno 13] Permission denied: '${path}'`,
      'unconfirmed',
      {
        title: 'aws/amazon-eks-pod-identity-webhook#8 (the same failure in aws-sdk-go)',
        url: 'https://github.com/aws/amazon-eks-pod-identity-webhook/issues/8',
      },
    ),
  /** botocore's ConnectTimeoutError, as the AWS CLI prints it. */
  connectTimeout: (url: string): SimError =>
    simError(
      'in-pod',
      'ERR_CLIENT_CONNECT_TIMEOUT',
      'ConnectTimeoutError',
      0,
      `Connect timeout on endpoint URL: "${url}"`,
      'observed',
      {
        title: 'botocore/exceptions.py, ConnectTimeoutError',
        url: 'https://github.com/boto/botocore/blob/develop/botocore/exceptions.py',
      },
    ),
};

import { Component, type ReactNode } from 'react';
import type { Messages } from '../i18n';
import { LoadError } from './LoadError';

interface Props {
  /** What the reader is told: it names the file whose data the guarded part shows. */
  message: string;
  t: Messages;
  /** Fetches the file again; the guarded part is then rendered anew. */
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * Keeps a part of the page that throws while rendering (data that passed the checks but still breaks a
 * component) from blanking the rest: that part alone becomes a message with Retry.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(this.props.message, error);
  }

  retry = (): void => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <LoadError message={this.props.message} t={this.props.t} onRetry={this.retry} />;
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The detail panel". */
  what: string;
  /** A way back: e.g. clear the selection that made the panel fail. */
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a crash inside one part of the screen: a message and a way back instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.what} failed`, error, info.componentStack);
  }

  private reset = (): void => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-box">
        <p>
          <strong>{this.props.what} ran into a problem.</strong> The rest of the app still works.
        </p>
        <p className="muted">{this.state.error.message}</p>
        <button type="button" onClick={this.reset}>
          Go back
        </button>
      </div>
    );
  }
}

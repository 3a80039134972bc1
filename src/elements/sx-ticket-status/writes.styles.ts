/** The forms: the comment box and "Is your problem solved?" with its reopen reason. */
import { css } from 'lit';

export const styles = css`
  textarea {
    resize: vertical;
    min-block-size: 5rem;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .comment-box,
  .reopen {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .comment-actions {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .counter {
    color: var(--_text-muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  .counter.full,
  .field-error {
    color: var(--_danger);
  }

  .decision.done {
    border-inline-start-color: var(--_success);
  }
  .decision-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;

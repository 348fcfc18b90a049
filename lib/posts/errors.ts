/** One problem in one content file, phrased for the author who has to fix it. */
export interface ContentIssue {
  /** Path relative to the content folder, e.g. `interview.md` (or the folder itself). */
  file: string;
  /** Frontmatter field, when the problem is in one. */
  field?: string;
  /** 1-based line (and column) in the file, when known. */
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = [
    issue.file + (issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : ''),
    issue.field ? `field "${issue.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return `${where}: ${issue.message}${issue.hint ? `\n    → ${issue.hint}` : ''}`;
}

/** Every problem found in the content folder, thrown at once so one run reports them all. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[], folder: string) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(
      `Content in ${folder} has ${count}:\n` +
        issues.map((issue) => `  ✗ ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

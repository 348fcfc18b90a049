/**
 * `npm run deploy -- s3://BUCKET[/prefix]`: publishes the export (`out/`, or OUT_DIR) to an S3
 * bucket (AWS, Cloudflare R2, Backblaze B2, MinIO…), incrementally (lib/deploy/).
 *
 *   --dry-run              print what would change, change nothing
 *   --force                upload every object, whatever the bucket holds
 *   --max-deletes N        stop, before changing anything, if more would be deleted (256)
 *   --concurrency N        uploads at once (8)
 *   --distribution ID      invalidate the changed paths of this CloudFront distribution
 *
 * Credentials, region and endpoint come from the standard variables: AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT_URL.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deploy, DeployError } from '../lib/deploy/run';
import { parseTarget } from '../lib/deploy/target';

const usage =
  'usage: npm run deploy -- s3://BUCKET[/prefix] [--dry-run] [--force] [--max-deletes N] [--concurrency N] [--distribution ID]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'max-deletes': { type: 'string', default: '256' },
      concurrency: { type: 'string', default: '8' },
      distribution: { type: 'string' },
    },
  });
  const number = (name: string, value: string) => {
    if (!/^\d+$/.test(value))
      throw new DeployError(`--${name} must be a whole number (got "${value}")`);
    return Number(value);
  };
  if (positionals.length !== 1) throw new DeployError(usage);
  const root = process.env.OUT_DIR || 'out';
  if (!existsSync(`${root}/index.html`))
    throw new DeployError(`${root}/ holds no built site: run npm run build first`);
  const started = Date.now();
  const result = await deploy({
    root,
    target: parseTarget(positionals[0]),
    dryRun: values['dry-run'],
    force: values.force,
    maxDeletes: number('max-deletes', values['max-deletes']),
    concurrency: Math.max(1, number('concurrency', values.concurrency)),
    distribution: values.distribution,
    tty: Boolean(process.stdout.isTTY) && !process.env.CI,
  });
  console.log(
    `${values['dry-run'] ? 'dry run: nothing changed' : '✓ deployed'} — ` +
      `${result.plan.uploads.length} uploaded, ${result.plan.deletes.length} deleted, ` +
      `${result.plan.unchanged} unchanged in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (
    error instanceof DeployError ||
    (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  ) {
    console.error(`deploy: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}

/** A deploy problem the publisher can fix, said plainly (scripts/deploy.ts prints it, exit 1). */
export class DeployError extends Error {}

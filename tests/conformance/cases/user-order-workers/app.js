// user app: order workers -- a shared stack with the jobs queue, and three worker stacks of
// twelve functions each (one code folder for all of them), every worker consuming the queue
// in batches, with a live alias; the team tags the worker stacks and acknowledges the
// alias-permission warning on one of them. Big enough (over 300 constructs) for ccdk's
// threaded synth: metadata and asset manifests written while the next stack renders.
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const shared = new cdk.Stack(app, 'OrdersShared');
const jobs = new sqs.Queue(shared, 'Jobs', { visibilityTimeout: cdk.Duration.minutes(5) });

for (let s = 0; s < 3; s++) {
  const stack = new cdk.Stack(app, `OrderWorkers${s}`);
  cdk.Tags.of(stack).add('team', 'orders');
  for (let i = 0; i < 12; i++) {
    const fn = new lambda.Function(stack, `Worker${i}`, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'src')),
      timeout: cdk.Duration.seconds(60),
      environment: { WORKER: `${s}-${i}`, QUEUE_URL: jobs.queueUrl },
    });
    fn.addEventSource(new sources.SqsEventSource(jobs, { batchSize: 1 + (i % 10) }));
    const live = fn.addAlias('live');
    if (i % 4 === 0) fn.grantInvoke(new cdk.aws_iam.ServicePrincipal('events.amazonaws.com'));
  }
  if (s === 1) cdk.Annotations.of(stack).acknowledgeWarning('@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias', 'known');
  new lambda.Function(stack, 'Config', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'config.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'shared')),
  });
}
app.synth();

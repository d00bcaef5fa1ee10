// Conformance case 'user-lazy-role-jobs': an app as a user writes it around one shared LazyRole: a
// queue and a bucket granted to it before anything reads it, a Function running as it with an SQS
// event source, a CfnFunction (L1) of a legacy job given its roleArn and a property override, a
// second LazyRole nobody reads (nothing in the template), a LazyRole granted passRole to the first,
// stack tags and outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3 = require('aws-cdk-lib/aws-s3');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'JobsStack');
const jobRole = new iam.LazyRole(stack, 'JobRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  description: 'runs the nightly jobs',
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
});
const work = new sqs.Queue(stack, 'Work', { visibilityTimeout: cdk.Duration.minutes(5) });
work.grantConsumeMessages(jobRole);
const out = new s3.Bucket(stack, 'Out');
out.grantWrite(jobRole, 'reports/*');
new iam.LazyRole(stack, 'Unused', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const deployer = new iam.LazyRole(stack, 'Deployer', { assumedBy: new iam.AccountRootPrincipal() });

const fn = new lambda.Function(stack, 'Job', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ ok: true });'),
  role: jobRole,
  timeout: cdk.Duration.minutes(1),
  environment: { BUCKET: out.bucketName },
});
fn.addEventSource(new sources.SqsEventSource(work, { batchSize: 5 }));
jobRole.grantPassRole(deployer);

const legacy = new lambda.CfnFunction(stack, 'Legacy', {
  code: { zipFile: 'def handler(event, context):\n    return {"ok": True}\n' },
  handler: 'index.handler',
  runtime: 'python3.12',
  role: jobRole.roleArn,
  tags: [{ key: 'job', value: 'legacy' }],
});
legacy.addPropertyOverride('Timeout', 30);
legacy.addPropertyOverride('Environment.Variables.QUEUE', work.queueUrl);

// a second stack: grants to a LazyRole that is read only afterwards (the grants land then) and to one
// never read (they vanish with it); a role a function's grantInvoke targets
const api = new cdk.Stack(app, 'ApiStack');
const reader = new lambda.Function(api, 'Reader', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(e, c):\n    return e\n'),
});
const invoker = new iam.LazyRole(api, 'Invoker', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'), roleName: 'api-invoker' });
reader.grantInvoke(invoker);
const ghost = new iam.LazyRole(api, 'Ghost', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
reader.grantInvoke(ghost);
new cdk.CfnOutput(api, 'InvokerName', { value: invoker.roleName });
invoker.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] }));

cdk.Tags.of(stack).add('app', 'jobs');
new cdk.CfnOutput(stack, 'JobRoleArn', { value: jobRole.roleArn });
new cdk.CfnOutput(stack, 'LegacyArn', { value: legacy.attrArn });
app.synth();

// Conformance case 'unit-function-a-dlq-tracing'
// Upstream: aws-lambda/test/function.test.ts (first half): 'adds policy permissions', the BYORole, dead
// letter queue and tracing tests, a stack per test. The tests' App context
// @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy is set on their stacks here (the App's is
// the runner's), which FeatureFlags.of reads the same way.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const FLAG = '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy';
const app = new cdk.App();
const newStack = (id, flag) => {
  const stack = new cdk.Stack(app, id);
  if (flag !== undefined) stack.node.setContext(FLAG, flag);
  return stack;
};
const fooFn = (stack, props) => new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  ...props,
});

// 'default function', 'function without layers omits Layers property'
fooFn(newStack('DefaultFunction'), {});
// 'adds policy permissions'
fooFn(newStack('AddsPolicyPermissions'), {
  initialPolicy: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
});
// 'BYORole @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy enabled' / 'disabled'
for (const [id, flag] of [['ByoRoleEnabled', true], ['ByoRoleDisabled', false]]) {
  const stack = newStack(id, flag);
  const role = new iam.Role(stack, 'SomeRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['confirm:itsthesame'], resources: ['*'] }));
  const fn = new lambda.Function(stack, 'Function', {
    code: new lambda.InlineCode('test'),
    runtime: lambda.Runtime.PYTHON_3_9,
    handler: 'index.test',
    role,
    initialPolicy: [new iam.PolicyStatement({ actions: ['inline:inline'], resources: ['*'] })],
  });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['explicit:explicit'], resources: ['*'] }));
}
// 'default function with SQS DLQ when client sets deadLetterQueueEnabled to true and functionName
// defined by client' (flag enabled / disabled)
for (const [id, flag] of [['DlqNamedEnabled', true], ['DlqNamedDisabled', false]]) {
  fooFn(newStack(id, flag), { functionName: 'OneFunctionToRuleThemAll', deadLetterQueueEnabled: true });
}
// '... deadLetterQueueEnabled to true and functionName not defined by client'
fooFn(newStack('DlqEnabled'), { deadLetterQueueEnabled: true });
// '... deadLetterQueueEnabled to false'
fooFn(newStack('DlqDisabled'), { deadLetterQueueEnabled: false });
// '... client provides Queue to be used as DLQ' (and 'and deadLetterQueueEnabled set to true')
for (const [id, enabled] of [['DlqQueue', undefined], ['DlqQueueEnabled', true]]) {
  const stack = newStack(id);
  const dlQueue = new sqs.Queue(stack, 'DeadLetterQueue', {
    queueName: 'MyLambda_DLQ',
    retentionPeriod: cdk.Duration.days(14),
  });
  fooFn(stack, { deadLetterQueue: dlQueue, deadLetterQueueEnabled: enabled });
}
// 'default function with SNS DLQ when client provides Topic to be used as DLQ'
{
  const stack = newStack('DlqTopic');
  fooFn(stack, { deadLetterTopic: new sns.Topic(stack, 'DeadLetterTopic') });
}
// 'default function with Active / PassThrough tracing' (flag enabled / disabled), 'with Disabled tracing'
for (const [id, tracing, flag] of [
  ['TracingActiveEnabled', lambda.Tracing.ACTIVE, true],
  ['TracingActiveDisabled', lambda.Tracing.ACTIVE, false],
  ['TracingPassThroughEnabled', lambda.Tracing.PASS_THROUGH, true],
  ['TracingPassThroughDisabled', lambda.Tracing.PASS_THROUGH, false],
  ['TracingDisabled', lambda.Tracing.DISABLED, undefined],
]) {
  fooFn(newStack(id, flag), { tracing });
}
app.synth();
